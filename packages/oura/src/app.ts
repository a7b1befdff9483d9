import {
  type AsyncRateLimitPolicy,
  type AuthorizationRequest,
  type ClientAuthMethod,
  createOAuth2App,
  type ExchangeCodeOptions,
  type OAuth2Endpoints,
  type ProviderAppOptions,
  passThroughAppSettings,
  type ResolvedOAuth2Endpoints,
  sendTokenRevocation,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import {
  OURA_AUTHORIZE_URL,
  OURA_ISSUER,
  OURA_LEGACY_AUTHORIZE_URL,
  OURA_LEGACY_TOKEN_URL,
  OURA_REVOKE_URL,
  OURA_TOKEN_URL,
} from './endpoints.js';
import { mapOuraError, mapOuraTokenError } from './errors.js';
import { createOuraRateLimitPolicy } from './rate-limit.js';
import { OURA_DEFAULT_SCOPES, type OuraScope } from './scopes.js';

/**
 * Where an Oura app sends users and codes:
 * - `'discover'`: read the OpenID discovery document of {@link OURA_ISSUER} once, before the
 *   first authorization or exchange (a single-use code is never sent to a guessed endpoint);
 * - `'moi'`: the `moi.ouraring.com` endpoints without discovery;
 * - `'legacy'`: the documented `cloud.ouraring.com` / `api.ouraring.com/oauth/token` pair, which
 *   only apps of the old developer portal may use;
 * - explicit endpoints.
 */
export type OuraEndpointsSetting = 'discover' | 'moi' | 'legacy' | OAuth2Endpoints;

/** Settings of {@link createOuraApp}. */
export interface OuraAppSettings extends ProviderAppOptions {
  /** Client id from the Oura developer portal. */
  clientId: string;
  /** Client secret from the portal (also the webhook signing key). */
  clientSecret: string;
  /** A redirect URI registered in the portal, matched exactly (a trailing slash included). */
  redirectUri: string;
  /** Scopes to ask for. @defaultValue {@link OURA_DEFAULT_SCOPES} */
  scopes?: readonly OuraScope[];
  /**
   * Scopes the app cannot work without: `exchangeCode` throws `MissingScopeError` when Oura
   * grants fewer (users consent per data type). `[]` turns the check off.
   * @defaultValue the scopes asked for
   */
  requiredScopes?: readonly OuraScope[];
  /**
   * How the endpoints are resolved. They are resolved before any code is sent and kept for the
   * app's lifetime, because Oura's codes are single-use: trying one token endpoint and falling
   * back to another would burn the code.
   * @defaultValue 'discover'
   */
  endpoints?: OuraEndpointsSetting;
  /** The issuer read with `endpoints: 'discover'`. @defaultValue {@link OURA_ISSUER} */
  issuer?: string;
  /**
   * Client authentication at the token endpoint. `moi.ouraring.com` accepts HTTP Basic; the
   * legacy endpoint documents the form body.
   * @defaultValue 'client_secret_basic' ('client_secret_post' with `endpoints: 'legacy'`)
   */
  clientAuthMethod?: Exclude<ClientAuthMethod, 'none'>;
  /**
   * Prefix added to every scope in the authorization request (`'extapi:'` is reported for some
   * new-portal apps; not documented). Granted scopes are compared without it.
   * @defaultValue ''
   */
  scopePrefix?: string;
  /** Send a PKCE S256 challenge. @defaultValue true (false with `endpoints: 'legacy'`) */
  pkce?: boolean;
  /** The app's rate-limit budget, shared by its clients. @defaultValue createOuraRateLimitPolicy() */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/** An Oura OAuth 2 app: endpoint resolution, authorization URL, code exchange, rotating refresh, revoke. */
export interface OuraApp extends TokenRefresher {
  /** Provider id. */
  readonly provider: 'oura';
  /** The app's rate-limit budget, used by every client built from it. */
  readonly rateLimitPolicy: AsyncRateLimitPolicy;
  /**
   * The endpoints the app uses, resolved once (discovered, or as configured). Call it at startup
   * to fail before a user is sent to consent.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `discovery_failed`, `timeout` or `network` when discovery fails.
   * @example
   * ```ts
   * const { tokenEndpoint } = await app.discover();
   * ```
   */
  discover(options?: { signal?: AbortSignal }): Promise<ResolvedOAuth2Endpoints>;
  /**
   * Builds the consent URL with a fresh `state` and PKCE challenge. Keep `state`,
   * `codeVerifier` and `scopes` for the callback.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `discovery_failed` when the endpoints cannot be resolved.
   * @example
   * ```ts
   * const { url, state, codeVerifier, scopes } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly OuraScope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Checks the callback's `state` and exchanges the single-use code at the resolved token
   * endpoint, once (never retried, never sent to a second endpoint).
   *
   * @throws {@link @fitlink/core!AuthError} on a state mismatch, `error=` in the callback or a refused code.
   * @throws {@link @fitlink/core!MissingScopeError} when a required scope was not granted.
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback, state, codeVerifier, scopes });
   * ```
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Exchanges the refresh token. Oura's refresh tokens are single-use: store the result before
   * using it (core's token manager does, single-flight).
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when the refresh token is spent.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Revokes the access token: at the discovered revocation endpoint when there is one, else at
   * `api.ouraring.com/oauth/revoke?access_token=…` (undocumented, sent once).
   *
   * @throws {@link @fitlink/core!ProviderError} for an error answer.
   */
  revoke(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/** The endpoints of a setting that needs no discovery. */
function fixedEndpoints(setting: Exclude<OuraEndpointsSetting, 'discover'>): OAuth2Endpoints {
  if (setting === 'moi') {
    return {
      authorizationEndpoint: OURA_AUTHORIZE_URL,
      tokenEndpoint: OURA_TOKEN_URL,
      issuer: OURA_ISSUER,
    };
  }
  if (setting === 'legacy') {
    return {
      authorizationEndpoint: OURA_LEGACY_AUTHORIZE_URL,
      tokenEndpoint: OURA_LEGACY_TOKEN_URL,
    };
  }
  return setting;
}

/**
 * Creates an Oura app: OAuth 2 authorization code with the client secret, endpoints resolved
 * once before the first code is sent (the OpenID discovery document of `moi.ouraring.com` by
 * default), PKCE S256, and rotating single-use refresh tokens.
 *
 * @example
 * ```ts
 * import { createOuraApp } from '@fitlink/oura';
 *
 * const app = createOuraApp({
 *   clientId: 'your-client-id',
 *   clientSecret: 'your-client-secret',
 *   redirectUri: 'https://example.com/oura/callback',
 * });
 * const { url, state, codeVerifier } = await app.createAuthorization();
 * ```
 * @see https://cloud.ouraring.com/docs/authentication
 */
export function createOuraApp(settings: OuraAppSettings): OuraApp {
  const setting = settings.endpoints ?? 'discover';
  const legacy = setting === 'legacy';
  const prefix = settings.scopePrefix ?? '';
  const strip = (scope: string) =>
    prefix && scope.startsWith(prefix) ? scope.slice(prefix.length) : scope;
  const core = createOAuth2App<string>({
    provider: 'oura',
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    clientAuthMethod:
      settings.clientAuthMethod ?? (legacy ? 'client_secret_post' : 'client_secret_basic'),
    redirectUri: settings.redirectUri,
    ...(setting === 'discover'
      ? { discovery: { issuer: settings.issuer ?? OURA_ISSUER } }
      : { endpoints: fixedEndpoints(setting) }),
    pkce: settings.pkce ?? !legacy,
    scopes: (settings.scopes ?? OURA_DEFAULT_SCOPES).map((scope) => prefix + scope),
    ...(settings.requiredScopes
      ? { requiredScopes: settings.requiredScopes.map((scope) => prefix + scope) }
      : {}),
    // A grant may name scopes with or without the prefix: compare them without it.
    findMissingScopes: (required, granted) => {
      const have = new Set(granted.map(strip));
      return [...new Set(required)].filter((scope) => !have.has(strip(scope)));
    },
    mapTokenError: mapOuraTokenError,
    ...passThroughAppSettings(settings),
  });

  return {
    provider: 'oura',
    singleFlight: core.singleFlight,
    secrets: () => core.secrets?.() ?? [settings.clientSecret],
    rateLimitPolicy: settings.rateLimitPolicy ?? createOuraRateLimitPolicy(),
    discover: (options) => core.discover(options),
    createAuthorization: (options = {}) =>
      core.createAuthorization({
        ...(options.scopes ? { scopes: options.scopes.map((scope) => prefix + scope) } : {}),
        ...(options.state !== undefined ? { state: options.state } : {}),
        ...(options.params ? { params: options.params } : {}),
      }),
    exchangeCode: (options) => core.exchangeCode(options),
    refresh: (tokens, options) => core.refresh(tokens, options),
    async revoke(tokens, options = {}) {
      const accessToken = typeof tokens === 'string' ? tokens : tokens.accessToken;
      const resolved = await core.discover(options.signal ? { signal: options.signal } : {});
      if (resolved.revocationEndpoint !== undefined) {
        await core.revoke(accessToken, {
          tokenTypeHint: 'access_token',
          ...(options.signal ? { signal: options.signal } : {}),
        });
        return;
      }
      await sendTokenRevocation({
        provider: 'oura',
        url: OURA_REVOKE_URL,
        method: 'GET',
        token: accessToken,
        sendTokenAs: { query: 'access_token' },
        mapError: mapOuraError,
        secrets: [settings.clientSecret],
        retry: { limit: 0 },
        ...passThroughAppSettings(settings),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
