import {
  AuthError,
  type Clock,
  ErrorCodes,
  type ProviderAppOptions,
  passThroughAppSettings,
  sendTokenRevocation,
  type TokenSet,
  type TokenStore,
} from '@fitlink/core';
import { STRAVA_DEAUTHORIZE_URL, STRAVA_REVOKE_URL } from './endpoints.js';
import { mapStravaError, mapStravaRevokeError } from './errors.js';

/** What {@link sendStravaDeauthorize} needs from the app: its HTTP settings and secrets. */
export interface StravaDeauthorizeSettings extends ProviderAppOptions {
  /** The app's secrets, to keep out of errors. */
  secrets: () => readonly string[];
}

/**
 * `POST /oauth/deauthorize` with the access token: Strava's old revocation, which is not RFC 7009
 * (it takes the access token, and revokes every token of the connection). Sent once, through
 * core's HTTP client, with Strava's error mapping.
 *
 * @deprecated Strava retires `oauth/deauthorize` on 2027-06-01: use {@link sendStravaRevoke}.
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
    // Strava reads the access token from the form; the bearer header is what its docs show. The
    // header-only rule starts on 2027-06-01, the day this endpoint is retired, so the form copy
    // never runs under it.
    sendTokenAs: ['bearer', { form: 'access_token' }],
    mapError: mapStravaError,
    secrets: settings.secrets(),
    // A POST that revokes: never sent twice.
    retry: { limit: 0 },
    ...passThroughAppSettings(settings),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** Which token `POST /oauth/revoke` is given (`token_type_hint`). */
export type StravaTokenTypeHint = 'access_token' | 'refresh_token';

/** What {@link sendStravaRevoke} needs from the app: its client credentials and HTTP settings. */
export interface StravaRevokeSettings extends StravaDeauthorizeSettings {
  /** The application's Client ID. */
  clientId: string;
  /** The application's Client Secret, sent with the id as HTTP Basic credentials. */
  clientSecret: string;
}

/** Options of {@link StravaApp.revoke}. */
export interface StravaRevokeOptions {
  /**
   * What a token given as a string is. A token set sends its refresh token (`refresh_token`),
   * or its access token (`access_token`) when it has none.
   * @defaultValue none for a string (Strava works it out)
   */
  tokenTypeHint?: StravaTokenTypeHint;
  /** Aborts the request. */
  signal?: AbortSignal;
}

// RFC 6749 2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
function basicCredentials(clientId: string, clientSecret: string): string {
  const encode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  return `Basic ${btoa(`${encode(clientId)}:${encode(clientSecret)}`)}`;
}

/**
 * `POST /oauth/revoke` (Strava's revocation since 2026-06-01): the client authenticates with HTTP
 * Basic, the form carries `token` (the refresh token of a token set, which also revokes its
 * access token, so an expired access token needs no refresh first) and `token_type_hint`. No
 * token goes in a query or an `Authorization: Bearer` header. Sent once, through core's HTTP
 * client, with Strava's error mapping.
 *
 * @see https://developers.strava.com/docs/authentication/
 * @throws {@link @fitlink/core!AuthError} `invalid_client` when Strava refuses the client
 * credentials, `unauthorized` for another 401.
 * @throws {@link StravaApplicationInactiveError} when the developer application is inactive.
 * @throws {@link @fitlink/core!ProviderError} for another error status.
 * @throws {@link @fitlink/core!FitlinkError} `timeout`, `aborted` or `network` when no answer came.
 */
export async function sendStravaRevoke(
  settings: StravaRevokeSettings,
  tokens: TokenSet | string,
  options: StravaRevokeOptions = {},
): Promise<void> {
  let token: string;
  let hint: StravaTokenTypeHint | undefined;
  if (typeof tokens === 'string') {
    token = tokens;
    hint = options.tokenTypeHint;
  } else if (tokens.refreshToken) {
    token = tokens.refreshToken;
    hint = 'refresh_token';
  } else {
    token = tokens.accessToken;
    hint = 'access_token';
  }
  const authorization = basicCredentials(settings.clientId, settings.clientSecret);
  await sendTokenRevocation({
    provider: 'strava',
    url: STRAVA_REVOKE_URL,
    token,
    // The token to revoke is the form's subject, as RFC 7009 has it; the client's credentials
    // go in the header.
    sendTokenAs: { form: 'token' },
    ...(hint ? { form: { token_type_hint: hint } } : {}),
    headers: { authorization },
    mapError: mapStravaRevokeError,
    secrets: [...settings.secrets(), authorization],
    // A POST that revokes: never sent twice.
    retry: { limit: 0 },
    ...passThroughAppSettings(settings),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** What {@link revokeStravaConnection} needs: the app and the stored connection. */
export interface StravaConnection {
  /** Revokes the connection's tokens. */
  app: {
    revoke(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<void>;
  };
  /** Where the connection's tokens live. */
  store: TokenStore;
  /** The connection's key in the store. */
  key: string;
  /**
   * Time source. Unused since the move to `oauth/revoke`, which takes the refresh token, so an
   * expired access token needs no refresh first; kept so callers need not change.
   */
  clock?: Clock;
}

/**
 * Revokes a stored connection through `POST /oauth/revoke` (with its refresh token, so an
 * expired access token needs no refresh first) and deletes its tokens.
 *
 * @throws {@link @fitlink/core!AuthError} `not_connected` when no tokens are stored.
 */
export async function revokeStravaConnection(
  { app, store, key }: StravaConnection,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const tokens = await store.get(key);
  if (!tokens) {
    throw new AuthError(`No tokens are stored for connection "${key}"`, {
      provider: 'strava',
      code: ErrorCodes.notConnected,
    });
  }
  await app.revoke(tokens, options);
  await store.delete(key);
}

/**
 * The former name of {@link revokeStravaConnection}, which `client.deauthorize()` calls: it now
 * revokes through `POST /oauth/revoke`, as `oauth/deauthorize` is retired on 2027-06-01.
 *
 * @deprecated Use {@link revokeStravaConnection}.
 */
export const deauthorizeStravaConnection = revokeStravaConnection;
