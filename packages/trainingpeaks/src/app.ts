import {
  type AuthorizationRequest,
  createOAuth2App,
  type ExchangeCodeOptions,
  type ProviderAppOptions,
  passThroughAppSettings,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import {
  type TrainingPeaksEnvironment,
  type TrainingPeaksUrls,
  trainingpeaksUrls,
} from './endpoints.js';
import { mapTrainingPeaksTokenError } from './errors.js';
import { TRAININGPEAKS_DEFAULT_SCOPES, type TrainingPeaksScope } from './scopes.js';

/** Settings of {@link createTrainingPeaksApp} (plus `fetch`, `clock` and `timeoutMs`). */
export interface TrainingPeaksAppSettings extends ProviderAppOptions {
  /** The client id TrainingPeaks issued. */
  clientId: string;
  /** The client secret TrainingPeaks issued. */
  clientSecret: string;
  /** A redirect URI registered with TrainingPeaks. */
  redirectUri: string;
  /** Scopes asked for; only scopes granted to the app work. @defaultValue `trainingpeaks.defaultScopes` */
  scopes?: readonly TrainingPeaksScope[];
  /**
   * Scopes the app cannot work without (TrainingPeaks scopes are not inclusive:
   * `workouts:details` does not cover `workouts:read`). `exchangeCode` throws
   * `MissingScopeError` (an `AuthError` with code `missing_scope`) when the grant lacks one, and
   * so does a refresh whose answer drops one. `[]` turns the check off.
   * @defaultValue the scopes asked for
   */
  requiredScopes?: readonly TrainingPeaksScope[];
  /** Sandbox (UAT) or production hosts. @defaultValue 'sandbox' */
  environment?: TrainingPeaksEnvironment;
}

/**
 * A TrainingPeaks OAuth app: authorization URL, code exchange, refresh and deauthorize. It holds
 * the client secret only in closures: no property of the app reveals it.
 */
export interface TrainingPeaksApp extends TokenRefresher {
  /** Always `'trainingpeaks'`. */
  readonly provider: 'trainingpeaks';
  /** The client id (public; the default `User-Agent` of clients names it). */
  readonly clientId: string;
  /** The environment whose hosts this app talks to. */
  readonly environment: TrainingPeaksEnvironment;
  /** The OAuth and API URLs of {@link TrainingPeaksApp.environment}. */
  readonly urls: TrainingPeaksUrls;
  /**
   * Builds the authorization URL with a fresh `state` (no PKCE: TrainingPeaks offers none).
   * Keep `state` in the user's session for the callback.
   *
   * @example
   * ```ts
   * const { url, state } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly TrainingPeaksScope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Checks the callback's `state`, exchanges the code for tokens (never retried: a code is
   * single-use) and compares the granted scopes (the token answer's space-separated `scope`; the
   * scopes asked for when it has none) with `requiredScopes`, by default the scopes asked for:
   * pass the authorization's `scopes` back.
   *
   * @throws {@link @fitlink/core!AuthError} on a state mismatch, `error=` in the callback or a refused code.
   * @throws {@link @fitlink/core!MissingScopeError} (`missing_scope`) when a required scope was
   *   not granted; the tokens are on the error.
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback, state, scopes });
   * ```
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Exchanges the refresh token for new tokens, keeping whatever refresh token comes back
   * (TrainingPeaks does not say whether it rotates; store the result before using it).
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when the refresh token is dead.
   * @example
   * ```ts
   * const fresh = await app.refresh(tokens);
   * ```
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Revokes the tokens at `/oauth/deauthorize` (RFC 7009 form with the client credentials),
   * which removes the user's authorization of the app. Same as {@link TrainingPeaksApp.deauthorize}.
   *
   * @throws {@link @fitlink/core!AuthError} when TrainingPeaks refuses the client.
   * @example
   * ```ts
   * await app.revoke(tokens);
   * ```
   */
  revoke(
    tokens: TokenSet | string,
    options?: { tokenTypeHint?: 'access_token' | 'refresh_token'; signal?: AbortSignal },
  ): Promise<void>;
  /**
   * Removes the user's authorization of the app at `/oauth/deauthorize` (TrainingPeaks'
   * revocation). Sends the refresh token (or the access token) as an RFC 7009 form with the
   * client credentials.
   *
   * @throws {@link @fitlink/core!AuthError} when TrainingPeaks refuses the client.
   * @example
   * ```ts
   * await app.deauthorize(tokens);
   * ```
   */
  deauthorize(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates the TrainingPeaks OAuth 2 app: authorization code flow with the client secret in
 * the form body (`client_secret_post`, as TrainingPeaks' sample does), no PKCE (not offered),
 * refresh storing whatever refresh token comes back (TrainingPeaks does not say whether it
 * rotates), and deauthorize. `environment` picks `oauth[.sandbox].trainingpeaks.com`.
 *
 * @example
 * ```ts
 * const app = createTrainingPeaksApp({ clientId, clientSecret, redirectUri, environment: 'production' });
 * const { url, state } = await app.createAuthorization();
 * ```
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/OAuth
 */
export function createTrainingPeaksApp(settings: TrainingPeaksAppSettings): TrainingPeaksApp {
  const environment = settings.environment ?? 'sandbox';
  const urls = trainingpeaksUrls(environment);
  // The secret goes into core's app and stays in its closures; nothing below keeps `settings`.
  const core = createOAuth2App<TrainingPeaksScope>({
    provider: 'trainingpeaks',
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? TRAININGPEAKS_DEFAULT_SCOPES,
    // Space-separated, compared as sets (no TrainingPeaks scope implies another).
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    // TrainingPeaks documents no PKCE; an unknown code_challenge is not sent.
    pkce: false,
    endpoints: {
      authorizationEndpoint: urls.authorize,
      tokenEndpoint: urls.token,
      revocationEndpoint: urls.deauthorize,
    },
    mapTokenError: mapTrainingPeaksTokenError,
    ...passThroughAppSettings(settings),
  });
  return {
    provider: 'trainingpeaks',
    clientId: settings.clientId,
    environment,
    urls,
    singleFlight: core.singleFlight,
    // Core's redaction contract (TokenRefresher): errors of clients built from this app leave
    // the secret out.
    secrets: () => core.secrets?.() ?? [],
    createAuthorization: (options) => core.createAuthorization(options),
    exchangeCode: (options) => core.exchangeCode(options),
    refresh: (tokens, options) => core.refresh(tokens, options),
    revoke: (tokens, options) => core.revoke(tokens, options),
    deauthorize: (tokens, options = {}) => core.revoke(tokens, options),
  };
}
