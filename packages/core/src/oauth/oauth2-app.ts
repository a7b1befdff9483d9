import * as oauth from 'oauth4webapi';
import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { createSingleFlight } from '../http/single-flight.js';
import type { TokenRefresher } from '../http/token-manager.js';
import type { TokenSet } from '../tokens/token-set.js';
import { createAuthorizationServerSource } from './authorization-server.js';
import { type AuthorizationRequest, readCallback } from './callback.js';
import type {
  ExchangeCodeOptions,
  OAuth2AppSettings,
  ResolvedOAuth2Endpoints,
} from './oauth2-settings.js';
import { applyOfflineAccess } from './offline-access.js';
import { codeChallengeS256, generateCodeVerifier, generateState } from './pkce.js';
import { checkGrantedScopes, parseScope } from './scope-check.js';
import { createTokenEndpointCaller } from './token-endpoint-caller.js';

export type {
  ClientAuthMethod,
  ExchangeCodeOptions,
  OAuth2AppSettings,
  OAuth2Endpoints,
} from './oauth2-settings.js';

/** An OAuth 2 app: builds authorization URLs and exchanges, refreshes and revokes tokens. */
export interface OAuth2App<Scope extends string = string> extends TokenRefresher {
  /** The app's settings (the secret included: do not log this object). */
  readonly settings: Readonly<OAuth2AppSettings<Scope>>;
  /**
   * Builds the authorization URL with a fresh `state` and PKCE S256 challenge. Keep `state`,
   * `codeVerifier` and `scopes` in the user's session for the callback. With `offline_access` among the
   * scopes, `prompt=consent` is added or warned about (the `offlineAccess` setting).
   *
   * @example
   * ```ts
   * const { url, state, codeVerifier } = await app.createAuthorization();
   * ```
   * @throws {@link FitlinkError} with code `discovery_failed` when the metadata cannot be read.
   */
  createAuthorization(options?: {
    scopes?: readonly Scope[];
    state?: string;
    params?: Record<string, string>;
    signal?: AbortSignal;
  }): Promise<AuthorizationRequest>;
  /**
   * Validates the callback (state, then `iss` against the issuer, then `error=`) and exchanges
   * the code for tokens. Never retried: a code is single-use. Then compares the granted scopes
   * with the required ones (`requiredScopes`, by default the `scopes` asked for: pass
   * {@link AuthorizationRequest.scopes} back).
   *
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback, state, codeVerifier, scopes });
   * ```
   * @throws {@link AuthError} on a state mismatch (`state_mismatch`), a callback from another
   *   issuer (`issuer_mismatch`, before the code is sent), a provider `error=`, a refused code or
   *   PKCE verifier, or an ID token from another issuer (`issuer_mismatch`, saying what to set).
   * @throws {@link MissingScopeError} (an `AuthError` with code `missing_scope`) when the grant
   *   lacks a required scope; the issued tokens are on the error, not returned.
   * @throws {@link FitlinkError} with code `insecure_endpoint` for a refused plain-http endpoint.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Exchanges `tokens.refreshToken` for a new token set. When the answer has a `scope`, it must
   * still cover `requiredScopes` (or, without that setting, the scopes the connection had, less
   * any a `refreshParams` `scope` left out on purpose).
   *
   * @throws {@link AuthError} with code `invalid_grant` when the provider refuses the grant.
   * @throws {@link MissingScopeError} (`missing_scope`, `reconnect: true`) when the refreshed
   *   grant lost a required scope; the new tokens are on the error and are not stored.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
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
  /**
   * The endpoints and issuer the app uses: with `discovery`, read from the server's metadata
   * (once per app; call it at startup to fail fast on a wrong issuer), else the configured ones.
   *
   * @example
   * ```ts
   * const { issuer, tokenEndpoint } = await app.discover();
   * ```
   * @throws {@link FitlinkError} with code `discovery_failed`, `insecure_endpoint`, `timeout` or `network`.
   */
  discover(options?: { signal?: AbortSignal }): Promise<ResolvedOAuth2Endpoints>;
}

/**
 * Creates an OAuth 2 app over oauth4webapi: authorization code with PKCE S256 and state,
 * `client_secret_basic`, `client_secret_post` or public clients, refresh, revoke and client
 * credentials, with the endpoints given or discovered from the issuer. Provider packages wrap it
 * with their endpoints and quirks.
 *
 * @example
 * ```ts
 * const app = createOAuth2App({ provider: 'example', clientId, clientSecret, redirectUri,
 *   discovery: { issuer: 'https://login.example.com/realms/fit' } });
 * ```
 * @throws {@link FitlinkError} with code `invalid_argument` without a secret for a secret-based
 *   method, or unless exactly one of `endpoints` and `discovery` is set.
 */
export function createOAuth2App<Scope extends string = string>(
  settings: OAuth2AppSettings<Scope>,
): OAuth2App<Scope> {
  const { provider, clientId, clientSecret } = settings;
  const method = settings.clientAuthMethod ?? (clientSecret ? 'client_secret_basic' : 'none');
  const caller = createTokenEndpointCaller(settings, method);
  const { client, clientAuth, secrets } = caller;
  const resolveServer = createAuthorizationServerSource(settings, method);
  const offlineAccess = settings.offlineAccess ?? (settings.discovery ? 'consent' : 'warn');
  const report = settings.onWarning ?? (() => undefined);

  return {
    provider,
    settings,
    singleFlight: createSingleFlight(),
    secrets,

    async createAuthorization(options = {}) {
      const server = await resolveServer(options.signal);
      const state = options.state ?? generateState();
      const url = new URL(server.endpoints.authorizationEndpoint);
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
      applyOfflineAccess(url, offlineAccess, report, provider);
      return { url, state, ...(codeVerifier ? { codeVerifier } : {}), scopes: [...scopes] };
    },

    async exchangeCode(options) {
      // The issuer is known (discovered if need be) before the callback is read and the code sent.
      const server = await resolveServer(options.signal);
      const params = readCallback(options.callback, options.state, provider, {
        issuer: server.expected,
      });
      const code = params.get('code') ?? '';
      // An empty verifier (a session that kept `codeVerifier ?? ''`) means no PKCE.
      const codeVerifier = options.codeVerifier || undefined;
      const tokens = await caller.run(
        server,
        'exchange',
        async () => {
          const requestOptions = caller.options(
            options.signal,
            'exchange',
            server.endpoints.tokenEndpoint,
          );
          const validated = oauth.validateAuthResponse(
            server.as,
            client,
            params,
            oauth.skipStateCheck,
          );
          const response = await oauth.authorizationCodeGrantRequest(
            server.as,
            client,
            clientAuth,
            validated,
            settings.redirectUri,
            codeVerifier ?? oauth.nopkce,
            requestOptions,
          );
          return caller.finish(
            await oauth.processAuthorizationCodeResponse(server.as, client, response),
          );
        },
        [code, codeVerifier ?? ''],
      );
      // The token response's `scope` says what was granted; else the callback's (Strava's).
      const callbackScope = params.get('scope');
      if (callbackScope !== null && !tokens.scope) tokens.scope = parseScope(callbackScope);
      const requested = options.scopes ?? settings.scopes ?? [];
      const required = options.requiredScopes ?? settings.requiredScopes;
      checkGrantedScopes({
        provider,
        required: required ?? requested,
        // Compared with the app's default scopes: the authorization may have asked for others.
        ...(required === undefined && options.scopes === undefined
          ? {
              hint: "The grant was compared with the app's default scopes: pass the authorization request's scopes to exchangeCode if it asked for others",
            }
          : {}),
        granted: tokens.scope,
        ...(requested.length > 0 ? { requested } : {}),
        absent: settings.absentScope ?? 'requested',
        ...(settings.findMissingScopes ? { findMissing: settings.findMissingScopes } : {}),
        stage: 'exchange',
        tokens,
        secrets: [...secrets(), code],
      });
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
      const server = await resolveServer(options.signal);
      let answeredScope: string | undefined;
      const next = await caller.run(
        server,
        'refresh',
        async () => {
          const response = await oauth.refreshTokenGrantRequest(
            server.as,
            client,
            clientAuth,
            refreshToken,
            {
              ...caller.options(options.signal, 'refresh', server.endpoints.tokenEndpoint),
              ...(extraParams ? { additionalParameters: extraParams } : {}),
            },
          );
          const answer = await oauth.processRefreshTokenResponse(server.as, client, response);
          if (typeof answer.scope === 'string') answeredScope = answer.scope;
          return caller.finish(answer, tokens);
        },
        [refreshToken, tokens.accessToken],
      );
      // RFC 6749 §6: an answer without `scope` keeps the grant; one with it may have narrowed it.
      if (answeredScope !== undefined) {
        let required = settings.requiredScopes ?? tokens.scope ?? [];
        // A refresh that asks for fewer scopes on purpose (refreshParams) expects fewer back.
        const asked = extraParams?.scope;
        if (asked !== undefined) {
          const askedSet = new Set(parseScope(asked));
          required = required.filter((scope) => askedSet.has(scope));
        }
        checkGrantedScopes({
          provider,
          required,
          granted: answeredScope,
          ...(settings.findMissingScopes ? { findMissing: settings.findMissingScopes } : {}),
          stage: 'refresh',
          tokens: next,
          secrets: [...secrets(), refreshToken, tokens.accessToken],
        });
      }
      return next;
    },

    async revoke(token, options = {}) {
      const server = await resolveServer(options.signal);
      const endpoint = server.endpoints.revocationEndpoint;
      if (!endpoint) {
        throw new FitlinkError(`${provider} has no revocation endpoint`, {
          code: ErrorCodes.invalidArgument,
          provider,
        });
      }
      const value = typeof token === 'string' ? token : (token.refreshToken ?? token.accessToken);
      const hint =
        options.tokenTypeHint ??
        (typeof token !== 'string' && token.refreshToken ? 'refresh_token' : undefined);
      await caller.run(
        server,
        'revoke',
        async () => {
          const response = await oauth.revocationRequest(server.as, client, clientAuth, value, {
            ...caller.options(options.signal, 'revoke', endpoint),
            ...(hint ? { additionalParameters: { token_type_hint: hint } } : {}),
          });
          await oauth.processRevocationResponse(response);
        },
        [value],
      );
    },

    async clientCredentials(options = {}) {
      const scopes = options.scopes ?? [];
      const server = await resolveServer(options.signal);
      return caller.run(
        server,
        'client_credentials',
        async () => {
          const parameters: Record<string, string> =
            scopes.length > 0 ? { scope: scopes.join(settings.scopeSeparator ?? ' ') } : {};
          const response = await oauth.clientCredentialsGrantRequest(
            server.as,
            client,
            clientAuth,
            parameters,
            caller.options(options.signal, 'client_credentials', server.endpoints.tokenEndpoint),
          );
          return caller.finish(
            await oauth.processClientCredentialsResponse(server.as, client, response),
          );
        },
        [],
      );
    },

    async discover(options = {}) {
      return { ...(await resolveServer(options.signal)).endpoints };
    },
  };
}
