import {
  AuthError,
  type Clock,
  ErrorCodes,
  isExpired,
  type ProviderAppOptions,
  passThroughAppSettings,
  sendTokenRevocation,
  type TokenSet,
  type TokenStore,
} from '@fitlink/core';
import { STRAVA_DEAUTHORIZE_URL } from './endpoints.js';
import { mapStravaError } from './errors.js';

/** What {@link sendStravaDeauthorize} needs from the app: its HTTP settings and secrets. */
export interface StravaDeauthorizeSettings extends ProviderAppOptions {
  /** The app's secrets, to keep out of errors. */
  secrets: () => readonly string[];
}

/**
 * `POST /oauth/deauthorize` with the access token: Strava's revocation, which is not RFC 7009
 * (it takes the access token, and revokes every token of the connection). Sent once, through
 * core's HTTP client, with Strava's error mapping.
 *
 * @throws {@link @fitlink/core!AuthError} `unauthorized` when Strava refuses the access token.
 * @throws {@link @fitlink/core!ProviderError} for another error status.
 * @throws {@link @fitlink/core!FitlinkError} `timeout`, `aborted` or `network` when no answer came.
 */
export async function sendStravaDeauthorize(
  settings: StravaDeauthorizeSettings,
  tokens: TokenSet | string,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  await sendTokenRevocation({
    provider: 'strava',
    url: STRAVA_DEAUTHORIZE_URL,
    token: typeof tokens === 'string' ? tokens : tokens.accessToken,
    // Strava reads the access token from the form; the bearer header is what its docs show.
    sendTokenAs: ['bearer', { form: 'access_token' }],
    mapError: mapStravaError,
    secrets: settings.secrets(),
    // A POST that revokes: never sent twice.
    retry: { limit: 0 },
    ...passThroughAppSettings(settings),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** What {@link deauthorizeStravaConnection} needs: the app and the stored connection. */
export interface StravaConnection {
  /** Refreshes an expired token and deauthorizes. */
  app: {
    refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
    deauthorize(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<void>;
  };
  /** Where the connection's tokens live. */
  store: TokenStore;
  /** The connection's key in the store. */
  key: string;
  /** Time source, to tell an expired access token. */
  clock: Clock;
}

/**
 * Deauthorizes a stored connection and deletes its tokens, refreshing an expired access token
 * first.
 *
 * @throws {@link @fitlink/core!AuthError} `not_connected` when no tokens are stored.
 */
export async function deauthorizeStravaConnection(
  { app, store, key, clock }: StravaConnection,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  let tokens = await store.get(key);
  if (!tokens) {
    throw new AuthError(`No tokens are stored for connection "${key}"`, {
      provider: 'strava',
      code: ErrorCodes.notConnected,
    });
  }
  // Strava refuses an expired access token here; refresh it first.
  if (isExpired(tokens, clock.now()) && tokens.refreshToken) {
    tokens = await app.refresh(tokens, options);
    await store.set(key, tokens);
  }
  await app.deauthorize(tokens, options);
  await store.delete(key);
}
