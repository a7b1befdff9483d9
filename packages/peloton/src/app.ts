import {
  createOAuth2App,
  ErrorCodes,
  FitlinkError,
  type ProviderAppOptions,
  passThroughAppSettings,
  type SingleFlight,
  systemClock,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import {
  PELOTON_AUDIENCE,
  PELOTON_AUTH0_CLIENT,
  PELOTON_AUTHORIZE_URL,
  PELOTON_DEFAULT_USER_AGENT,
  PELOTON_ISSUER,
  PELOTON_REDIRECT_URI,
  PELOTON_TOKEN_URL,
  PELOTON_WEB_CLIENT_ID,
} from './endpoints.js';
import { mapPelotonTokenError } from './errors.js';
import { runPelotonLogin } from './login/login-flow.js';
import { PELOTON_DEFAULT_SCOPES, type PelotonScope } from './scopes.js';

/** Settings of {@link createPelotonApp}: core's `fetch`, `clock` and `timeoutMs`, and these. */
export interface PelotonAppSettings extends ProviderAppOptions {
  /** `User-Agent` of login and token requests. @defaultValue a desktop Chrome string */
  userAgent?: string;
  /** The Auth0 client. @defaultValue Peloton's public web client `WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM` */
  clientId?: string;
  /** The client's redirect URI (never fetched). @defaultValue `https://members.onepeloton.com/callback` */
  redirectUri?: string;
  /** Scopes to request. @defaultValue all of {@link PelotonScope} */
  scopes?: readonly PelotonScope[];
  /**
   * Scopes the app cannot work without: `login` (and a refresh whose answer drops one) throws
   * `MissingScopeError` (an `AuthError` with code `missing_scope`) when Auth0 grants fewer.
   * `[]` turns the check off.
   * @defaultValue the scopes requested
   */
  requiredScopes?: readonly PelotonScope[];
}

/** Options of {@link PelotonApp.login}. */
export interface PelotonLoginOptions {
  /** The member's email address or username. */
  username: string;
  /** The member's password: sent to Auth0 once, never stored or logged by the SDK. */
  password: string;
  /** Aborts the login. */
  signal?: AbortSignal;
}

/** Options of {@link PelotonApp.fromToken}: a token the member pasted. */
export interface PelotonFromTokenOptions {
  /** A bearer token copied from the browser (`Authorization: Bearer …`). */
  accessToken?: string;
  /** A refresh token; alone, it is exchanged for an access token at once. */
  refreshToken?: string;
  /** When the access token expires; read from the JWT's `exp` when left out. */
  expiresAt?: Date | number;
  /** Aborts the exchange of a lone refresh token. */
  signal?: AbortSignal;
}

/**
 * The Peloton app: logs members in through Auth0 with their email and password, accepts a
 * pasted token, and refreshes tokens (it is core's `TokenRefresher`, so clients refresh
 * single-flight through it).
 */
export interface PelotonApp extends TokenRefresher {
  /** Provider id. */
  readonly provider: 'peloton';
  /** Shared by every client of the app, so a refresh is single-flight in the process. */
  readonly singleFlight: SingleFlight;
  /**
   * Logs a member in with email and password and returns their tokens. Store them in a
   * `TokenStore`; the password is not kept.
   *
   * @example
   * ```ts
   * const tokens = await app.login({ username: 'member@example.com', password });
   * await store.set('peloton:member-1', tokens);
   * ```
   * @throws {@link @fitlink/core!AuthError} with code `invalid_credentials` for a wrong email or password.
   * @throws {@link @fitlink/core!MissingScopeError} (`missing_scope`) when Auth0 grants fewer
   *   scopes than `requiredScopes` (without `offline_access` there is no refresh token).
   * @throws {@link @fitlink/core!AuthError} with `oauthError` `login_page_changed` when Peloton changed its login pages.
   * @throws {@link @fitlink/core!RateLimitError} when Cloudflare rate-limits the login.
   */
  login(options: PelotonLoginOptions): Promise<TokenSet>;
  /**
   * Builds a token set from a pasted bearer and/or refresh token: the fallback when the login
   * pages change. A lone refresh token is exchanged for an access token.
   *
   * @example
   * ```ts
   * const tokens = await app.fromToken({ refreshToken: process.env.PELOTON_REFRESH_TOKEN });
   * ```
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when neither token is given.
   * @throws {@link @fitlink/core!AuthError} when a lone refresh token is refused.
   */
  fromToken(options: PelotonFromTokenOptions): Promise<TokenSet>;
  /**
   * Refreshes with `grant_type=refresh_token` (public client, no secret), keeping the old
   * refresh token when Auth0 does not send a new one.
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when the refresh token is dead.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
}

/** Reads `exp` (epoch seconds) from a JWT without verifying it: only to schedule a refresh. */
function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the Peloton app over core's OAuth 2 app: Auth0 authorization code with PKCE for
 * Peloton's public web client, driven headlessly by {@link PelotonApp.login}.
 *
 * The old `POST /auth/login` session login answers 403 since November 2025 and is not
 * implemented.
 *
 * @param settings - fetch, clock, timeout, `User-Agent`.
 * @example
 * ```ts
 * import { createPelotonApp } from '@fitlink/peloton';
 * const app = createPelotonApp();
 * const tokens = await app.login({ username: 'member@example.com', password: 'secret' });
 * ```
 */
export function createPelotonApp(settings: PelotonAppSettings = {}): PelotonApp {
  const clock = settings.clock ?? systemClock;
  const baseFetch = settings.fetch ?? globalThis.fetch;
  const userAgent = settings.userAgent ?? PELOTON_DEFAULT_USER_AGENT;
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const clientId = settings.clientId ?? PELOTON_WEB_CLIENT_ID;
  const redirectUri = settings.redirectUri ?? PELOTON_REDIRECT_URI;
  const scopes = settings.scopes ?? PELOTON_DEFAULT_SCOPES;
  const fetchWithAgent: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    if (!headers.has('user-agent')) headers.set('user-agent', userAgent);
    return baseFetch(input, { ...init, headers });
  };
  const oauth = createOAuth2App<PelotonScope>({
    provider: 'peloton',
    clientId,
    redirectUri,
    scopes,
    // Auth0 issuers end with "/"; oauth4webapi compares it with an ID token's `iss`.
    endpoints: {
      authorizationEndpoint: PELOTON_AUTHORIZE_URL,
      tokenEndpoint: PELOTON_TOKEN_URL,
      issuer: PELOTON_ISSUER,
    },
    clientAuthMethod: 'none',
    // Auth0 answers with a space-separated `scope`, compared as a set with these.
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    // No `nonce` is sent: without one Auth0's ID token carries none, which oauth4webapi expects.
    authorizationParams: {
      audience: PELOTON_AUDIENCE,
      response_mode: 'query',
      auth0Client: PELOTON_AUTH0_CLIENT,
    },
    ...passThroughAppSettings(settings),
    // Token requests also carry the browser-like User-Agent Cloudflare expects.
    fetch: fetchWithAgent,
    mapTokenError: (context) => mapPelotonTokenError(context, clock.now()),
  });

  return {
    provider: 'peloton',
    singleFlight: oauth.singleFlight,
    secrets: () => [],

    async login({ username, password, signal }) {
      if (!username || !password) {
        throw new FitlinkError('Peloton login needs a username and a password', {
          code: ErrorCodes.invalidArgument,
          provider: 'peloton',
        });
      }
      const authorization = await oauth.createAuthorization();
      const callback = await runPelotonLogin({
        authorization,
        clientId,
        redirectUri,
        scope: scopes.join(' '),
        username,
        password,
        fetch: baseFetch,
        userAgent,
        timeoutMs,
        now: () => clock.now(),
        signal,
      });
      return oauth.exchangeCode({
        callback,
        state: authorization.state,
        scopes: authorization.scopes,
        ...(authorization.codeVerifier ? { codeVerifier: authorization.codeVerifier } : {}),
        ...(signal ? { signal } : {}),
      });
    },

    async fromToken({ accessToken, refreshToken, expiresAt, signal }) {
      if (!accessToken) {
        if (!refreshToken) {
          throw new FitlinkError('fromToken needs an accessToken or a refreshToken', {
            code: ErrorCodes.invalidArgument,
            provider: 'peloton',
          });
        }
        // The placeholder access token is never sent: refresh only reads the refresh token.
        return oauth.refresh(
          { accessToken: 'pending-refresh', refreshToken },
          signal ? { signal } : {},
        );
      }
      const expiry =
        expiresAt instanceof Date ? expiresAt.getTime() : (expiresAt ?? jwtExpiry(accessToken));
      const now = clock.now();
      return {
        accessToken,
        tokenType: 'bearer',
        obtainedAt: now,
        authorizedAt: now,
        ...(refreshToken ? { refreshToken } : {}),
        ...(expiry !== undefined ? { expiresAt: expiry } : {}),
      };
    },

    refresh: (tokens, options) => oauth.refresh(tokens, options),
  };
}
