import {
  type AuthorizationRequest,
  createOAuth2App,
  type ExchangeCodeOptions,
  type ProviderAppOptions,
  passThroughAppSettings,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import { GARMIN_AUTHORIZE_URL, GARMIN_TOKEN_URL } from './endpoints.js';

/** Settings of {@link createGarminApp}; `fetch`, `clock` and `timeoutMs` come from core. */
export interface GarminAppSettings extends ProviderAppOptions {
  /** The consumer key of the app (Garmin's developer portal, API Tools). */
  clientId: string;
  /** The consumer secret; sent in the token request's form body. */
  clientSecret: string;
  /** The redirect URI registered for the app. */
  redirectUri: string;
  /** The consent page. @defaultValue {@link GARMIN_AUTHORIZE_URL} */
  authorizeUrl?: string;
  /**
   * The token endpoint. Some third-party code uses `connectapi.garmin.com`; `diauth` is the one
   * confirmed. @defaultValue {@link GARMIN_TOKEN_URL}
   */
  tokenUrl?: string;
}

/**
 * A Garmin OAuth 2 app: authorization URL with PKCE S256, code exchange and refresh. Garmin has
 * no revocation endpoint: delete the user's registration with
 * `client.user.deleteRegistration()` instead, so `revoke` rejects. The secret is kept in closures.
 */
export interface GarminApp extends TokenRefresher {
  /** Always `'garmin'`. */
  readonly provider: 'garmin';
  /**
   * Builds the consent URL with a fresh `state` and PKCE S256 challenge; no `scope` (the user
   * grants permissions on the consent screen). Keep `state` and `codeVerifier` for the callback.
   *
   * @example
   * ```ts
   * const { url, state, codeVerifier } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Checks `state` and exchanges the code and PKCE verifier for tokens (never retried): a 24 h
   * access token and a ~90-day refresh token. Then read the stable user id
   * (`client.user.id()`): it identifies the connection, tokens do not.
   *
   * @throws {@link @fitlink/core!AuthError} on a state mismatch, `error=` in the callback or a refused code.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Exchanges the refresh token: Garmin answers with a new refresh token every time; store the
   * newest (the client does it, before retrying, once for many concurrent calls).
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when Garmin refuses it.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Garmin has no token revocation endpoint: always rejects. Use `client.user.deleteRegistration()`.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument`, always.
   */
  revoke(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates the Garmin OAuth 2 app: PKCE S256 at `connect.garmin.com/oauth2Confirm`, tokens at
 * `diauth.garmin.com` with the client id and secret in the form body.
 *
 * @example
 * ```ts
 * import { createGarminApp } from '@fitlink/garmin';
 * const app = createGarminApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const { url, state, codeVerifier } = await app.createAuthorization();
 * ```
 * @see https://developer.garmin.com/gc-developer-program/ (OAuth 2.0 PKCE specification)
 */
export function createGarminApp(settings: GarminAppSettings): GarminApp {
  const core = createOAuth2App({
    provider: 'garmin',
    endpoints: {
      authorizationEndpoint: settings.authorizeUrl ?? GARMIN_AUTHORIZE_URL,
      tokenEndpoint: settings.tokenUrl ?? GARMIN_TOKEN_URL,
    },
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // Garmin takes client_id and client_secret as form parameters of the token request.
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    // No scopes: permissions are the user's choice on the consent screen, read afterwards.
    scopes: [],
    requiredScopes: [],
    pkce: true,
    ...passThroughAppSettings(settings),
  });
  return {
    provider: 'garmin',
    singleFlight: core.singleFlight,
    secrets: () => core.secrets?.() ?? [],
    createAuthorization: (options) => core.createAuthorization(options),
    exchangeCode: (options) => core.exchangeCode(options),
    refresh: (tokens, options) => core.refresh(tokens, options),
    revoke: (tokens, options) => core.revoke(tokens, options),
  };
}
