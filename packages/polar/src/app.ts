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
import { POLAR_AUTHORIZE_URL, POLAR_TOKEN_URL } from './endpoints.js';
import { mapPolarTokenError } from './errors.js';
import { createPolarRateLimitPolicy } from './rate-limit.js';
import { POLAR_DEFAULT_SCOPES, type PolarScope } from './scopes.js';

/** Settings of {@link createPolarApp}; `fetch`, `clock` and `timeoutMs` come from core. */
export interface PolarAppSettings extends ProviderAppOptions {
  /** Client id from admin.polaraccesslink.com. */
  clientId: string;
  /** Client secret; Polar's token endpoint takes it by HTTP Basic. */
  clientSecret: string;
  /** The redirect URI registered for the client. */
  redirectUri: string;
  /** Scopes to ask for. @defaultValue {@link POLAR_DEFAULT_SCOPES} */
  scopes?: readonly PolarScope[];
  /**
   * Scopes the app cannot work without: `exchangeCode` throws `MissingScopeError` when Polar
   * grants fewer (users consent per scope). `[]` turns the check off.
   * @defaultValue the scopes asked for
   */
  requiredScopes?: readonly PolarScope[];
  /** The app's rate-limit budget, shared by its clients. @defaultValue createPolarRateLimitPolicy() */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/**
 * A Polar AccessLink v4 OAuth app: authorization URL, code exchange and refresh. v4 documents
 * no revocation endpoint, so `revoke` rejects with `invalid_argument` (users remove the app in
 * Polar Flow). The client secret is kept in closures.
 */
export interface PolarApp extends TokenRefresher {
  /** Always `'polar'`. */
  readonly provider: 'polar';
  /** The app's rate-limit budget (Polar counts per client), used by every client built from it. */
  readonly rateLimitPolicy: AsyncRateLimitPolicy;
  /**
   * Builds the consent URL on `auth.polar.com` with a fresh `state` (no PKCE: v4 documents none).
   *
   * @example
   * ```ts
   * const { url, state } = await app.createAuthorization({ scopes: ['training_sessions:read'] });
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly PolarScope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Checks the callback's `state`, exchanges the single-use code (never retried) and compares
   * the granted scopes with `requiredScopes`. The access token lasts about 12 hours
   * (`expires_in` 43199); a refresh token comes with it.
   *
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback, state, scopes });
   * ```
   * @throws {@link @fitlink/core!AuthError} on a state mismatch, `error=` in the callback or a refused code.
   * @throws {@link @fitlink/core!MissingScopeError} (`missing_scope`) when a required scope was not granted.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Exchanges the refresh token for a new access token. Whether Polar rotates refresh tokens is
   * not documented: a new one in the answer is stored before it is used (core's token manager
   * does), and refreshes are single-flight per connection either way.
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when the refresh token is dead.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * v4 documents no revocation endpoint: always rejects. (v3 apps delete the user with
   * `DELETE /v3/users/{user-id}`: see `createPolarV3Client`.)
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument`, always.
   */
  revoke(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates a Polar AccessLink v4 app: the code flow on `auth.polar.com` with the client id and
 * secret in HTTP Basic (`client_secret_basic`), space-separated read scopes, and Polar's token
 * errors mapped.
 *
 * @example
 * ```ts
 * import { createPolarApp } from '@fitlink/polar';
 *
 * const app = createPolarApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/polar/callback' });
 * const { url, state } = await app.createAuthorization();
 * ```
 * @see https://www.polar.com/polar-api-v4/
 */
export function createPolarApp(settings: PolarAppSettings): PolarApp {
  const core = createOAuth2App<PolarScope>({
    provider: 'polar',
    endpoints: { authorizationEndpoint: POLAR_AUTHORIZE_URL, tokenEndpoint: POLAR_TOKEN_URL },
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // Polar: "HTTP Basic authentication with client_id:client_secret" for codes and refreshes.
    clientAuthMethod: 'client_secret_basic',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? POLAR_DEFAULT_SCOPES,
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    // v4 documents no PKCE; a code_challenge Polar does not expect is best not sent.
    pkce: false,
    mapTokenError: mapPolarTokenError,
    ...passThroughAppSettings(settings),
  });
  return {
    provider: 'polar',
    singleFlight: core.singleFlight,
    secrets: () => core.secrets?.() ?? [],
    rateLimitPolicy: settings.rateLimitPolicy ?? createPolarRateLimitPolicy(),
    createAuthorization: (options) => core.createAuthorization(options),
    exchangeCode: (options) => core.exchangeCode(options),
    refresh: (tokens, options) => core.refresh(tokens, options),
    // No revocation endpoint is configured, so core rejects with invalid_argument.
    revoke: (tokens, options) => core.revoke(tokens, options),
  };
}
