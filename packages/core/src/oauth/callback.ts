import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { timingSafeEqual } from '../webhooks/constant-time.js';

/** A callback as an app receives it: the full URL, or just its query. */
export type Callback = string | URL | URLSearchParams;

/** What {@link OAuth2App.createAuthorization} returns: send the user to `url`, keep the rest. */
export interface AuthorizationRequest {
  /** The provider's consent page URL. */
  url: URL;
  /** The `state` to compare on the callback. */
  state: string;
  /** The PKCE verifier to send with the code (absent when PKCE is off). */
  codeVerifier?: string;
  /** The scopes asked for. */
  scopes: string[];
}

/**
 * Reads a callback's parameters and checks them: `state` must equal the one issued (compared in
 * constant time), a provider `error=` becomes an {@link AuthError}, and `code` must be present.
 *
 * @param callback - The callback URL or query.
 * @param expectedState - The state issued with the authorization URL.
 * @param provider - Provider id, for errors.
 * @throws {@link AuthError} with code `state_mismatch`, `authorization_denied` or `invalid_callback`.
 */
export function readCallback(
  callback: Callback,
  expectedState: string,
  provider: string,
): URLSearchParams {
  // Relative callbacks ("/callback?code=…" or "?code=…") resolve against a placeholder origin.
  const params =
    callback instanceof URLSearchParams
      ? callback
      : new URL(callback, 'http://callback.invalid/').searchParams;
  const state = params.get('state');
  if (!expectedState || state === null || !timingSafeEqual(state, expectedState)) {
    throw new AuthError(
      `${provider} callback: state does not match the one issued (possible CSRF); start the connection again`,
      {
        code: ErrorCodes.stateMismatch,
        provider,
        reconnect: false,
      },
    );
  }
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    throw new AuthError(`${provider} callback: the provider returned error=${error}`, {
      code: ErrorCodes.authorizationDenied,
      provider,
      oauthError: error,
      reconnect: false,
      ...(description ? { description } : {}),
    });
  }
  if (!params.get('code')) {
    throw new AuthError(`${provider} callback has no code parameter`, {
      code: ErrorCodes.invalidCallback,
      provider,
      reconnect: false,
    });
  }
  return params;
}
