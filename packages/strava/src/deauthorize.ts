import {
  AuthError,
  type Clock,
  ErrorCodes,
  FitlinkError,
  isExpired,
  ProviderError,
  type TokenSet,
  type TokenStore,
} from '@fitlink/core';
import { STRAVA_DEAUTHORIZE_URL } from './endpoints.js';

/** What {@link sendStravaDeauthorize} needs from the app. */
export interface StravaDeauthorizeSettings {
  /** The fetch to use. */
  fetch: typeof fetch;
  /** Timeout of the request in milliseconds. */
  timeoutMs: number;
  /** The app's secrets, to keep out of errors. */
  secrets: () => readonly string[];
}

/**
 * `POST /oauth/deauthorize` with the access token: Strava's revocation, which is not RFC 7009
 * (it takes the access token, and revokes every token of the connection).
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
  const accessToken = typeof tokens === 'string' ? tokens : tokens.accessToken;
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  let response: Response;
  try {
    response = await settings.fetch(STRAVA_DEAUTHORIZE_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      body: new URLSearchParams({ access_token: accessToken }),
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
  } catch (error) {
    throw deauthorizeFailure(error);
  }
  const body = await response.text().catch(() => '');
  if (response.ok) return;
  const common = { provider: 'strava', secrets: [...settings.secrets(), accessToken] };
  if (response.status === 401) {
    throw new AuthError('strava refused the access token on deauthorize (401)', {
      ...common,
      code: ErrorCodes.unauthorized,
    });
  }
  throw new ProviderError(`strava answered ${response.status} to deauthorize`, {
    ...common,
    status: response.status,
    endpoint: 'POST /oauth/deauthorize',
    body,
  });
}

function deauthorizeFailure(error: unknown): FitlinkError {
  const name = error instanceof Error ? error.name : '';
  const code =
    name === 'TimeoutError'
      ? ErrorCodes.timeout
      : name === 'AbortError'
        ? ErrorCodes.aborted
        : ErrorCodes.network;
  return new FitlinkError('strava deauthorize request failed', {
    provider: 'strava',
    code,
    cause: error,
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
