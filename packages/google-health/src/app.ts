import {
  type AsyncRateLimitPolicy,
  type AuthorizationRequest,
  createOAuth2App,
  type ExchangeCodeOptions,
  type ProviderAppOptions,
  passThroughAppSettings,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import {
  GOOGLE_HEALTH_AUTHORIZE_URL,
  GOOGLE_HEALTH_REVOKE_URL,
  GOOGLE_HEALTH_TOKEN_URL,
} from './endpoints.js';
import { mapGoogleHealthTokenError } from './errors.js';
import { createGoogleHealthRateLimitPolicy } from './rate-limit.js';
import { GOOGLE_HEALTH_DEFAULT_SCOPES, type GoogleHealthScope } from './scopes.js';

/** Settings of {@link createGoogleHealthApp}; `fetch`, `clock` and `timeoutMs` come from core. */
export interface GoogleHealthAppSettings extends ProviderAppOptions {
  /** The OAuth client id from the Google Cloud console (Credentials page). */
  clientId: string;
  /**
   * The client secret of a "Web application" client. Leave it out for clients that cannot keep
   * one (browsers, mobile): the app is then a public PKCE client.
   */
  clientSecret?: string;
  /** A redirect URI registered on the OAuth client. */
  redirectUri: string;
  /** Scopes to ask for. @defaultValue activity, health metrics, sleep and profile (read-only) */
  scopes?: readonly GoogleHealthScope[];
  /**
   * Scopes the app cannot work without. Google's consent screen lets the user untick scopes;
   * `exchangeCode` then throws `MissingScopeError` (an `AuthError`, code `missing_scope`). `[]`
   * turns the check off. @defaultValue the scopes asked for
   */
  requiredScopes?: readonly GoogleHealthScope[];
  /**
   * Ask for a refresh token: `access_type=offline` with `prompt=consent` (Google issues a
   * refresh token only on a consent that shows the screen). `false` sends neither: the
   * connection then lasts as long as the one-hour access token.
   * @defaultValue true
   */
  offline?: boolean;
  /** The app's rate-limit budget, shared by its clients. @defaultValue createGoogleHealthRateLimitPolicy() */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/**
 * A Google Health OAuth app: Google's authorization code flow with PKCE S256 and `state`,
 * refresh (Google does not rotate refresh tokens) and revoke. Secrets stay in closures.
 */
export interface GoogleHealthApp extends TokenRefresher {
  /** Always `'google-health'`. */
  readonly provider: 'google-health';
  /** The app's rate-limit budget, used by every client built from it. */
  readonly rateLimitPolicy: AsyncRateLimitPolicy;
  /**
   * Builds Google's consent URL with a fresh `state` and PKCE S256 challenge; keep `state`,
   * `codeVerifier` and `scopes` in the user's session.
   *
   * @example
   * ```ts
   * const { url, state, codeVerifier, scopes } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly GoogleHealthScope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Checks the callback's `state`, exchanges the code with its PKCE verifier (never retried:
   * the code is single-use) and checks the granted scopes against `requiredScopes`.
   *
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback, state, codeVerifier, scopes });
   * ```
   * @throws {@link @fitlink/core!AuthError} on a state mismatch, `error=` in the callback or a refused code.
   * @throws {@link @fitlink/core!MissingScopeError} (`missing_scope`) when the user unticked a required scope.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Exchanges the refresh token for a new access token. Google answers without a new refresh
   * token; the stored one is kept.
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when the grant was revoked or expired.
   * @throws {@link FitbitShutdownError} when the refresh went to Fitbit's shut token endpoint (410).
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Revokes the grant at `oauth2.googleapis.com/revoke` (the refresh token when there is one, so
   * every access token of the grant dies with it).
   *
   * @throws {@link @fitlink/core!ProviderError} when Google refuses the request.
   */
  revoke(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates a Google Health app on Google OAuth 2.0: PKCE S256 on every authorization, the client
 * id and secret in the token request's form body (`client_secret_post`, as Google's guide
 * sends them; no secret for public clients), `access_type=offline` and `prompt=consent` so a
 * refresh token is issued, and revocation.
 *
 * @example
 * ```ts
 * import { createGoogleHealthApp } from '@fitlink/google-health';
 *
 * const app = createGoogleHealthApp({
 *   clientId: 'your-client-id.apps.googleusercontent.com',
 *   clientSecret: 'your-client-secret',
 *   redirectUri: 'https://example.com/google-health/callback',
 * });
 * const { url, state, codeVerifier } = await app.createAuthorization();
 * ```
 * @see https://developers.google.com/identity/protocols/oauth2/web-server
 */
export function createGoogleHealthApp(settings: GoogleHealthAppSettings): GoogleHealthApp {
  const offline = settings.offline ?? true;
  const core = createOAuth2App<GoogleHealthScope>({
    provider: 'google-health',
    endpoints: {
      authorizationEndpoint: GOOGLE_HEALTH_AUTHORIZE_URL,
      tokenEndpoint: GOOGLE_HEALTH_TOKEN_URL,
      revocationEndpoint: GOOGLE_HEALTH_REVOKE_URL,
      // Google's issuer identifier (its discovery document's `issuer`).
      issuer: 'https://accounts.google.com',
    },
    clientId: settings.clientId,
    ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
    clientAuthMethod: settings.clientSecret ? 'client_secret_post' : 'none',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? GOOGLE_HEALTH_DEFAULT_SCOPES,
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    pkce: true,
    // Google issues a refresh token only with access_type=offline, and only on a consent that
    // shows the screen (prompt=consent), not on a silent re-authorization.
    ...(offline ? { authorizationParams: { access_type: 'offline', prompt: 'consent' } } : {}),
    mapTokenError: mapGoogleHealthTokenError,
    ...passThroughAppSettings(settings),
  });
  return {
    provider: 'google-health',
    singleFlight: core.singleFlight,
    secrets: () => core.secrets?.() ?? [],
    rateLimitPolicy: settings.rateLimitPolicy ?? createGoogleHealthRateLimitPolicy(),
    createAuthorization: (options) => core.createAuthorization(options),
    exchangeCode: (options) => core.exchangeCode(options),
    refresh: (tokens, options) => core.refresh(tokens, options),
    revoke: (tokens, options) => core.revoke(tokens, options),
  };
}
