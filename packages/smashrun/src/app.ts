import { type Clock, createOAuth2App, type OAuth2App, type TokenSet } from '@fitlink/core';
import { SMASHRUN_AUTHORIZATION_URL, SMASHRUN_TOKEN_URL } from './endpoints.js';
import type { SmashrunScope } from './provider.js';

/** Settings of {@link createSmashrunApp}. */
export interface SmashrunAppSettings {
  /** The client id SmashRun issued for the app (request one at https://api.smashrun.com/register). */
  clientId: string;
  /** The client secret; SmashRun's code flow needs it at the token endpoint. */
  clientSecret: string;
  /** The redirect URI registered with SmashRun. */
  redirectUri: string;
  /** Scopes asked for when `createAuthorization` names none. @defaultValue ['read_activity'] */
  scopes?: readonly SmashrunScope[];
  /** The fetch to use (the sandbox's loopback fetch in examples). @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Time source for token expiry. @defaultValue systemClock */
  clock?: Clock;
  /** Timeout of token requests in milliseconds. @defaultValue 30000 */
  timeoutMs?: number;
}

/**
 * A SmashRun OAuth app: authorization URL, code exchange and refresh. SmashRun documents no
 * revocation endpoint, so `revoke` throws `invalid_argument`; users disconnect apps on the site.
 */
export interface SmashrunApp extends OAuth2App<SmashrunScope> {
  /** Always `'smashrun'`. */
  readonly provider: 'smashrun';
  /**
   * Exchanges the connection's refresh token for a new pair. SmashRun answers with a new access
   * token and a new refresh token: store both (the client does it for you, before retrying).
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when SmashRun refuses the refresh token.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
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
  const app = createOAuth2App<SmashrunScope>({
    provider: 'smashrun',
    endpoints: {
      authorizationEndpoint: SMASHRUN_AUTHORIZATION_URL,
      tokenEndpoint: SMASHRUN_TOKEN_URL,
    },
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // SmashRun lists client_id and client_secret as token parameters: they go in the form body.
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? ['read_activity'],
    // SmashRun's code flow has no PKCE; an unexpected code_challenge is best not sent at all.
    pkce: false,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
  });
  return Object.assign(app, { provider: 'smashrun' as const });
}
