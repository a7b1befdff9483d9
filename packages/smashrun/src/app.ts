import {
  type AuthorizationRequest,
  createOAuth2App,
  type ExchangeCodeOptions,
  type ProviderAppOptions,
  passThroughAppSettings,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import { SMASHRUN_AUTHORIZE_URL, SMASHRUN_TOKEN_URL } from './endpoints.js';
import { SMASHRUN_DEFAULT_SCOPES, type SmashrunScope } from './scopes.js';

/** Settings of {@link createSmashrunApp}; `fetch`, `clock` and `timeoutMs` come from core. */
export interface SmashrunAppSettings extends ProviderAppOptions {
  /** The client id SmashRun issued for the app (request one at https://api.smashrun.com/register). */
  clientId: string;
  /** The client secret; SmashRun's code flow needs it at the token endpoint. */
  clientSecret: string;
  /** The redirect URI registered with SmashRun. */
  redirectUri: string;
  /** Scopes asked for when `createAuthorization` names none. @defaultValue ['read_activity'] */
  scopes?: readonly SmashrunScope[];
  /**
   * Scopes the app cannot work without: `exchangeCode` throws `MissingScopeError` (an
   * `AuthError` with code `missing_scope`) when the grant lacks one, and so does a refresh whose
   * answer drops one. `[]` turns the check off.
   * @defaultValue the scopes asked for
   */
  requiredScopes?: readonly SmashrunScope[];
}

/**
 * A SmashRun OAuth app: authorization URL, code exchange and refresh. SmashRun documents no
 * revocation endpoint, so `revoke` throws `invalid_argument`; users disconnect apps on the site.
 * The client secret is kept in closures: no property of the app holds it or the settings.
 */
export interface SmashrunApp extends TokenRefresher {
  /** Always `'smashrun'`. */
  readonly provider: 'smashrun';
  /**
   * Builds the consent URL with a fresh `state` (no PKCE: SmashRun does not offer it).
   *
   * @example
   * ```ts
   * const { url, state } = await app.createAuthorization({ scopes: ['read_activity'] });
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly SmashrunScope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Checks the callback's `state`, exchanges the code for tokens (never retried) and compares
   * the granted scopes (the token answer's space-separated `scope`; the scopes asked for when it
   * has none) with `requiredScopes`, by default the scopes asked for: pass the authorization's
   * `scopes` back.
   *
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback, state, scopes });
   * ```
   * @throws {@link @fitlink/core!AuthError} on a state mismatch, `error=` in the callback or a refused code.
   * @throws {@link @fitlink/core!MissingScopeError} (`missing_scope`) when a required scope was
   *   not granted; the tokens are on the error.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Exchanges the connection's refresh token for a new pair. SmashRun answers with a new access
   * token and a new refresh token: store both (the client does it for you, before retrying).
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when SmashRun refuses the refresh token.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * SmashRun documents no revocation endpoint: always rejects.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument`, always.
   */
  revoke(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates the SmashRun OAuth app: the code flow on `secure.smashrun.com` with the client id and
 * secret sent in the token request's form body (`client_secret_post`, as SmashRun's docs list
 * them among the token parameters) and no PKCE (SmashRun does not offer it).
 *
 * @example
 * ```ts
 * import { createSmashrunApp } from '@fitlink/smashrun';
 * const app = createSmashrunApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const { url, state } = await app.createAuthorization({ scopes: ['read_activity'] });
 * ```
 * @see https://api.smashrun.com/v1/documentation
 */
export function createSmashrunApp(settings: SmashrunAppSettings): SmashrunApp {
  const core = createOAuth2App<SmashrunScope>({
    provider: 'smashrun',
    endpoints: {
      authorizationEndpoint: SMASHRUN_AUTHORIZE_URL,
      tokenEndpoint: SMASHRUN_TOKEN_URL,
    },
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // SmashRun lists client_id and client_secret as token parameters: they go in the form body.
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? SMASHRUN_DEFAULT_SCOPES,
    // Space-separated, compared as sets (write_activity is not documented to cover read_activity).
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    // SmashRun's code flow has no PKCE; an unexpected code_challenge is best not sent at all.
    pkce: false,
    ...passThroughAppSettings(settings),
  });
  return {
    provider: 'smashrun',
    singleFlight: core.singleFlight,
    secrets: () => core.secrets?.() ?? [],
    createAuthorization: (options) => core.createAuthorization(options),
    exchangeCode: (options) => core.exchangeCode(options),
    refresh: (tokens, options) => core.refresh(tokens, options),
    // No revocation endpoint is configured, so core rejects with invalid_argument.
    revoke: (tokens, options) => core.revoke(tokens, options),
  };
}
