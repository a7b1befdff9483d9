import * as oauth from 'oauth4webapi';
import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { type Clock, systemClock } from '../http/clock.js';
import { createSingleFlight } from '../http/single-flight.js';
import type { TokenRefresher } from '../http/token-manager.js';
import type { TokenSet } from '../tokens/token-set.js';
import { type AuthorizationRequest, type Callback, readCallback } from './callback.js';
import { fromOAuthError, type TokenErrorContext } from './oauth-errors.js';
import { codeChallengeS256, generateCodeVerifier, generateState } from './pkce.js';
import { type TokenResponse, toTokenSet } from './token-response.js';

/** A provider's OAuth 2 endpoints. */
export interface OAuth2Endpoints {
  /** Where the user is sent to consent. */
  authorizationEndpoint: string;
  /** Where codes and refresh tokens are exchanged. */
  tokenEndpoint: string;
  /** RFC 7009 revocation endpoint, when the provider has one. */
  revocationEndpoint?: string;
  /** The issuer identifier (for `iss` checks). @defaultValue the authorization endpoint's origin */
  issuer?: string;
}

/** How the client authenticates at the token endpoint (RFC 6749 §2.3). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

/** Settings of {@link createOAuth2App}. */
export interface OAuth2AppSettings<Scope extends string = string> {
  /** Provider id. */
  provider: string;
  /** The provider's endpoints. */
  endpoints: OAuth2Endpoints;
  /** The app's client id. */
  clientId: string;
  /** The app's client secret; omit for public (PKCE-only) clients. */
  clientSecret?: string;
  /** Token endpoint client authentication. @defaultValue 'client_secret_basic' with a secret, else 'none' */
  clientAuthMethod?: ClientAuthMethod;
  /** The registered redirect URI. */
  redirectUri: string;
  /** Scopes requested by default. */
  scopes?: readonly Scope[];
  /** Separator of scopes in the authorization URL. @defaultValue ' ' */
  scopeSeparator?: string;
  /** Send a PKCE S256 challenge. @defaultValue true */
  pkce?: boolean;
  /** Extra authorization parameters the provider needs (`approval_prompt`, `audience` …). */
  authorizationParams?: Record<string, string>;
  /**
   * Extra form parameters sent with every `refresh_token` grant (WHOOP wants `scope` there). A
   * function receives the token set being refreshed and may return `undefined` to add nothing.
   * They cannot replace `grant_type`, `refresh_token` or the client authentication parameters.
   * @defaultValue none
   * @example
   * ```ts
   * refreshParams: (tokens) => ({ scope: tokens.scope?.join(' ') ?? 'offline' })
   * ```
   */
  refreshParams?:
    | Record<string, string>
    | ((tokens: TokenSet) => Record<string, string> | undefined);
  /** The fetch to use. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Time source. @defaultValue systemClock */
  clock?: Clock;
  /** Timeout of token requests. @defaultValue 30000 */
  timeoutMs?: number;
  /** Adds provider fields of the token answer (user id, athlete …) to the token set. */
  parseTokenResponse?: (response: TokenResponse, tokens: TokenSet) => TokenSet;
  /** Maps a provider's non-standard token error body; return `undefined` for the standard mapping. */
  mapTokenError?: (context: TokenErrorContext) => FitlinkError | undefined;
}

/** Options of {@link OAuth2App.exchangeCode}. */
export interface ExchangeCodeOptions {
  /** The callback URL (or its query) the provider redirected to. */
  callback: Callback;
  /** The `state` issued by {@link OAuth2App.createAuthorization}. */
  state: string;
  /** The PKCE verifier issued with it; `undefined` or `''` when PKCE is off. */
  codeVerifier?: string | undefined;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** An OAuth 2 app: builds authorization URLs and exchanges, refreshes and revokes tokens. */
export interface OAuth2App<Scope extends string = string> extends TokenRefresher {
  /** The app's settings (the secret included: do not log this object). */
  readonly settings: Readonly<OAuth2AppSettings<Scope>>;
  /**
   * Builds the authorization URL with a fresh `state` and PKCE S256 challenge. Keep `state` and
   * `codeVerifier` in the user's session for the callback.
   *
   * @example
   * ```ts
   * const { url, state, codeVerifier } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly Scope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Validates the callback (state, `error=`) and exchanges the code for tokens. Never retried: a code is single-use.
   *
   * @throws {@link AuthError} on a state mismatch, a provider `error=`, a refused code or PKCE verifier.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Revokes a token (RFC 7009).
   *
   * @throws {@link FitlinkError} with code `invalid_argument` when the provider has no revocation endpoint.
   */
  revoke(
    token: string | TokenSet,
    options?: { tokenTypeHint?: 'access_token' | 'refresh_token'; signal?: AbortSignal },
  ): Promise<void>;
  /** Gets an app-only token with the client credentials grant. */
  clientCredentials(options?: {
    scopes?: readonly Scope[];
    signal?: AbortSignal;
  }): Promise<TokenSet>;
}

/**
 * Creates an OAuth 2 app over oauth4webapi: authorization code with PKCE S256 and state,
 * `client_secret_basic`, `client_secret_post` or public clients, refresh, revoke and client
 * credentials. Provider packages wrap it with their endpoints and quirks.
 *
 * @example
 * ```ts
 * const app = createOAuth2App({ provider: 'example', clientId, clientSecret, redirectUri,
 *   endpoints: { authorizationEndpoint: 'https://example.com/oauth/authorize', tokenEndpoint: 'https://example.com/oauth/token' } });
 * ```
 */
export function createOAuth2App<Scope extends string = string>(
  settings: OAuth2AppSettings<Scope>,
): OAuth2App<Scope> {
  const { provider, endpoints, clientId, clientSecret } = settings;
  const clock = settings.clock ?? systemClock;
  const method = settings.clientAuthMethod ?? (clientSecret ? 'client_secret_basic' : 'none');
  if (method !== 'none' && !clientSecret) {
    throw new FitlinkError(`${provider}: clientAuthMethod ${method} needs a clientSecret`, {
      code: ErrorCodes.invalidArgument,
      provider,
    });
  }
  const as: oauth.AuthorizationServer = {
    issuer: endpoints.issuer ?? new URL(endpoints.authorizationEndpoint).origin,
    authorization_endpoint: endpoints.authorizationEndpoint,
    token_endpoint: endpoints.tokenEndpoint,
    ...(endpoints.revocationEndpoint ? { revocation_endpoint: endpoints.revocationEndpoint } : {}),
  };
  const client: oauth.Client = { client_id: clientId };
  const clientAuth =
    method === 'client_secret_basic'
      ? oauth.ClientSecretBasic(clientSecret ?? '')
      : method === 'client_secret_post'
        ? oauth.ClientSecretPost(clientSecret ?? '')
        : oauth.None();
  const secrets = (): readonly string[] => (clientSecret ? [clientSecret] : []);

  const requestOptions = (
    signal: AbortSignal | undefined,
    operation: TokenErrorContext['operation'],
  ) => {
    const timeout = AbortSignal.timeout(settings.timeoutMs ?? 30_000);
    const fetchImpl = settings.fetch ?? globalThis.fetch;
    return {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      [oauth.customFetch]: async (url: string, init: RequestInit): Promise<Response> => {
        const response = await fetchImpl(url, init);
        if (response.ok || !settings.mapTokenError) return response;
        const body = await response.clone().text();
        const mapped = settings.mapTokenError({
          provider,
          status: response.status,
          body,
          operation,
        });
        if (mapped) throw mapped;
        return response;
      },
    };
  };

  /** Runs a token-endpoint task, turning oauth4webapi errors into fitlink errors with the secrets redacted. */
  const withTokenErrors = async <T>(
    task: () => Promise<T>,
    extraSecrets: readonly string[],
  ): Promise<T> => {
    try {
      return await task();
    } catch (error) {
      throw fromOAuthError(error, provider, [...secrets(), ...extraSecrets]);
    }
  };

  const finish = (response: oauth.TokenEndpointResponse, previous?: TokenSet): TokenSet => {
    const tokens = toTokenSet(response as TokenResponse, {
      now: clock.now(),
      ...(previous ? { previous } : {}),
    });
    return settings.parseTokenResponse
      ? settings.parseTokenResponse(response as TokenResponse, tokens)
      : tokens;
  };

  return {
    provider,
    settings,
    singleFlight: createSingleFlight(),
    secrets,

    async createAuthorization(options = {}) {
      const state = options.state ?? generateState();
      const url = new URL(endpoints.authorizationEndpoint);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', clientId);
      url.searchParams.set('redirect_uri', settings.redirectUri);
      const scopes = options.scopes ?? settings.scopes ?? [];
      if (scopes.length > 0)
        url.searchParams.set('scope', scopes.join(settings.scopeSeparator ?? ' '));
      url.searchParams.set('state', state);
      let codeVerifier: string | undefined;
      if (settings.pkce ?? true) {
        codeVerifier = generateCodeVerifier();
        url.searchParams.set('code_challenge', await codeChallengeS256(codeVerifier));
        url.searchParams.set('code_challenge_method', 'S256');
      }
      for (const [name, value] of Object.entries({
        ...settings.authorizationParams,
        ...options.params,
      })) {
        url.searchParams.set(name, value);
      }
      return { url, state, ...(codeVerifier ? { codeVerifier } : {}), scopes: [...scopes] };
    },

    async exchangeCode(options) {
      const params = readCallback(options.callback, options.state, provider);
      const code = params.get('code') ?? '';
      // An empty verifier (a session that kept `codeVerifier ?? ''`) means no PKCE.
      const codeVerifier = options.codeVerifier || undefined;
      const extra = [code, codeVerifier ?? ''];
      const tokens = await withTokenErrors(async () => {
        const validated = oauth.validateAuthResponse(as, client, params, oauth.skipStateCheck);
        const response = await oauth.authorizationCodeGrantRequest(
          as,
          client,
          clientAuth,
          validated,
          settings.redirectUri,
          codeVerifier ?? oauth.nopkce,
          requestOptions(options.signal, 'exchange'),
        );
        return finish(await oauth.processAuthorizationCodeResponse(as, client, response));
      }, extra);
      const granted = params.get('scope');
      if (granted && !tokens.scope) tokens.scope = granted.split(/[\s,]+/).filter(Boolean);
      return tokens;
    },

    async refresh(tokens, options = {}) {
      const refreshToken = tokens.refreshToken;
      if (!refreshToken) {
        throw new AuthError(
          `${provider}: the connection has no refresh token; the user must reconnect`,
          { provider },
        );
      }
      const extraParams =
        typeof settings.refreshParams === 'function'
          ? settings.refreshParams(tokens)
          : settings.refreshParams;
      return withTokenErrors(async () => {
        const response = await oauth.refreshTokenGrantRequest(
          as,
          client,
          clientAuth,
          refreshToken,
          {
            ...requestOptions(options.signal, 'refresh'),
            ...(extraParams ? { additionalParameters: extraParams } : {}),
          },
        );
        return finish(await oauth.processRefreshTokenResponse(as, client, response), tokens);
      }, [refreshToken, tokens.accessToken]);
    },

    async revoke(token, options = {}) {
      if (!endpoints.revocationEndpoint) {
        throw new FitlinkError(`${provider} has no revocation endpoint`, {
          code: ErrorCodes.invalidArgument,
          provider,
        });
      }
      const value = typeof token === 'string' ? token : (token.refreshToken ?? token.accessToken);
      const hint =
        options.tokenTypeHint ??
        (typeof token !== 'string' && token.refreshToken ? 'refresh_token' : undefined);
      await withTokenErrors(async () => {
        const response = await oauth.revocationRequest(as, client, clientAuth, value, {
          ...requestOptions(options.signal, 'revoke'),
          ...(hint ? { additionalParameters: { token_type_hint: hint } } : {}),
        });
        await oauth.processRevocationResponse(response);
      }, [value]);
    },

    async clientCredentials(options = {}) {
      const scopes = options.scopes ?? [];
      return withTokenErrors(async () => {
        const parameters: Record<string, string> =
          scopes.length > 0 ? { scope: scopes.join(settings.scopeSeparator ?? ' ') } : {};
        const response = await oauth.clientCredentialsGrantRequest(
          as,
          client,
          clientAuth,
          parameters,
          requestOptions(options.signal, 'client_credentials'),
        );
        return finish(await oauth.processClientCredentialsResponse(as, client, response));
      }, []);
    },
  };
}
