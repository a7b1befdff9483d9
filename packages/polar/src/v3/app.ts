import {
  type AuthorizationRequest,
  createOAuth2App,
  type ExchangeCodeOptions,
  type ProviderAppOptions,
  passThroughAppSettings,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import { mapPolarTokenError } from '../errors.js';
import { POLAR_V3_AUTHORIZE_URL, POLAR_V3_TOKEN_URL, type PolarV3Scope } from './endpoints.js';

/** Settings of {@link createPolarV3App}. */
export interface PolarV3AppSettings extends ProviderAppOptions {
  /** Client id of the v3 client (admin.polaraccesslink.com). */
  clientId: string;
  /** Client secret (HTTP Basic at the token endpoint; also signs nothing else). */
  clientSecret: string;
  /** The redirect URI registered for the client; optional at Polar when only one is registered. */
  redirectUri: string;
}

/**
 * An AccessLink v3 OAuth app, for apps registered on v3. Tokens last about a year and come
 * without a refresh token: when one expires the user authorizes again. The token answer's
 * `x_user_id` is kept as `providerUserId` (the id v3 routes take).
 *
 * @deprecated Since AccessLink v4 (GA 2026-08): new apps use {@link createPolarApp}. Kept so v3 apps can migrate.
 */
export interface PolarV3App extends TokenRefresher {
  /** Always `'polar'`. */
  readonly provider: 'polar';
  /**
   * Builds the consent URL on `flow.polar.com` (scope `accesslink.read_all`).
   *
   * @example
   * ```ts
   * const { url, state } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Exchanges the code, never retried: Polar deletes every token it issued when a code is used
   * twice. Register the user next (`createPolarV3Client(…).users.register`).
   *
   * @throws {@link @fitlink/core!AuthError} on a state mismatch or a refused code.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * v3 issues no refresh tokens: always rejects with an `AuthError` telling the app to
   * reconnect the user.
   *
   * @throws {@link @fitlink/core!AuthError}, always.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
}

/**
 * Creates an AccessLink v3 app: the code flow on `flow.polar.com` / `polarremote.com` with HTTP
 * Basic client authentication and the single scope `accesslink.read_all`.
 *
 * @deprecated Since AccessLink v4 (GA 2026-08): new apps use {@link createPolarApp}.
 * @example
 * ```ts
 * import { createPolarV3App } from '@fitlink/polar';
 *
 * const app = createPolarV3App({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/polar/callback' });
 * ```
 * @see https://www.polar.com/accesslink-api/#authentication
 */
export function createPolarV3App(settings: PolarV3AppSettings): PolarV3App {
  const core = createOAuth2App<PolarV3Scope>({
    provider: 'polar',
    endpoints: {
      authorizationEndpoint: POLAR_V3_AUTHORIZE_URL,
      tokenEndpoint: POLAR_V3_TOKEN_URL,
    },
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    clientAuthMethod: 'client_secret_basic',
    redirectUri: settings.redirectUri,
    scopes: ['accesslink.read_all'],
    // The v3 token answer names no scope; nothing to compare.
    requiredScopes: [],
    pkce: false,
    // v3's token answer carries the Polar user id the v3 routes take.
    parseTokenResponse: (response, tokens) =>
      response.x_user_id === undefined
        ? tokens
        : { ...tokens, providerUserId: String(response.x_user_id) },
    mapTokenError: mapPolarTokenError,
    ...passThroughAppSettings(settings),
  });
  return {
    provider: 'polar',
    singleFlight: core.singleFlight,
    secrets: () => core.secrets?.() ?? [],
    createAuthorization: (options) => core.createAuthorization(options),
    exchangeCode: (options) => core.exchangeCode(options),
    refresh: (tokens, options) => core.refresh(tokens, options),
  };
}
