import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { timingSafeEqual } from '../webhooks/constant-time.js';
import { checkCallbackIssuer, type ExpectedIssuer } from './issuer-check.js';

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

/** Options of {@link readCallback}. */
export interface ReadCallbackOptions {
  /**
   * The issuer to compare the callback's `iss` with (RFC 9207), after `state` and before
   * `error=`, so a foreign callback is refused before its code is sent anywhere.
   * @defaultValue none: `iss` is not checked
   */
  issuer?: ExpectedIssuer;
}

/**
 * Reads a callback's parameters and checks them: `state` must equal the one issued (compared in
 * constant time), `iss` must be the expected issuer when one is given, a provider `error=`
 * becomes an {@link AuthError}, and `code` must be present.
 *
 * @param callback - The callback URL or query.
 * @param expectedState - The state issued with the authorization URL.
 * @param provider - Provider id, for errors.
 * @param options - The issuer to check `iss` against.
 * @throws {@link AuthError} with code `state_mismatch`, `issuer_mismatch`, `authorization_denied`
 *   or `invalid_callback`.
 * @example
 * ```ts
 * const params = readCallback(callbackUrl, session.state, 'example', {
 *   issuer: { issuer: 'https://login.example.com/realms/fit', source: 'endpoints' },
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9207
 */
export function readCallback(
  callback: Callback,
  expectedState: string,
  provider: string,
  options: ReadCallbackOptions = {},
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
  if (options.issuer) checkCallbackIssuer(params, options.issuer, provider);
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
