import {
  AuthError,
  type AuthorizationRequest,
  createHttpClient,
  createOAuth2App,
  ErrorCodes,
  type ExchangeCodeOptions,
  type ProviderAppOptions,
  passThroughAppSettings,
  sendTokenRevocation,
  systemClock,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import * as z from 'zod/mini';
import { type CorosEnvironment, corosUrls } from './endpoints.js';
import { CorosResultError, corosResultError, mapCorosError } from './errors.js';
import { COROS_DEFAULT_SCOPES, type CorosScope } from './scopes.js';

/** How long one refresh extends the access token when COROS does not say: 30 days. */
export const COROS_ACCESS_TOKEN_LIFETIME_MS = 30 * 86_400_000;

/** Settings of {@link createCorosApp}; `fetch`, `clock` and `timeoutMs` come from core. */
export interface CorosAppSettings extends ProviderAppOptions {
  /** The client id COROS issued once it approved the app. */
  clientId: string;
  /** The client secret (also the `Secret` header of COROS' pushes). */
  clientSecret: string;
  /** The redirect URI registered with COROS. */
  redirectUri: string;
  /** Production (`open.coros.com`) or staging (`opentest.coros.com`). @defaultValue 'production' */
  environment?: CorosEnvironment;
  /**
   * Scopes to send. COROS grants access per app and the integrations read send none; the names
   * in `COROS_SCOPES` are unconfirmed. @defaultValue [] (no `scope` parameter)
   */
  scopes?: readonly CorosScope[];
}

/**
 * A COROS OAuth app: authorization URL, code exchange (the token answer's `openId` is kept as
 * `providerUserId`), refresh and deauthorization. The client secret stays in closures.
 */
export interface CorosApp extends TokenRefresher {
  /** Always `'coros'`. */
  readonly provider: 'coros';
  /** The environment the app talks to. */
  readonly environment: CorosEnvironment;
  /**
   * Builds the consent URL with a fresh `state` (no PKCE: COROS does not offer it).
   *
   * @example
   * ```ts
   * const { url, state } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly CorosScope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<AuthorizationRequest>;
  /**
   * Checks the callback's `state` and exchanges the code (never retried). The token set's
   * `providerUserId` is the user's `openId`, which every API call needs.
   *
   * @throws {@link @fitlink/core!AuthError} on a state mismatch, `error=` in the callback or a refused code.
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when COROS sent no `openId`.
   */
  exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Extends the access token. COROS' refresh does not rotate anything: the same access token
   * is valid 30 more days and the refresh token, which never expires, is kept as it is. The
   * request carries no one-time value, so it is retried like a read.
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when COROS refuses the refresh token.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Deauthorizes the connection (`POST /oauth2/deauthorize?token=<access token>`): COROS stops
   * pushing the user's workouts to the app.
   *
   * @throws {@link @fitlink/core!AuthError} or {@link @fitlink/core!ProviderError} when COROS refuses.
   */
  revoke(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

// The refresh answer: an envelope, possibly with token fields (the reference is private).
const refreshAnswerSchema = z.looseObject({
  result: z.optional(z.union([z.string(), z.pipe(z.number(), z.transform(String))])),
  message: z.nullish(z.string()),
  access_token: z.nullish(z.string()),
  expires_in: z.nullish(z.number()),
});

/**
 * Creates the COROS OAuth app on `open.coros.com` (or `opentest.coros.com`): the code flow with
 * the client id and secret in the form body and no PKCE; a refresh that extends the same access
 * token by 30 days and keeps the never-expiring refresh token (treating it as rotating broke
 * integrations); deauthorization by access token.
 *
 * @example
 * ```ts
 * import { createCorosApp } from '@fitlink/coros';
 * const app = createCorosApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const { url, state } = await app.createAuthorization();
 * ```
 * @see https://support.coros.com/hc/en-us/articles/17085887816340-Submit-an-API-Application
 */
export function createCorosApp(settings: CorosAppSettings): CorosApp {
  const environment = settings.environment ?? 'production';
  const urls = corosUrls(environment);
  const clock = settings.clock ?? systemClock;
  const core = createOAuth2App<CorosScope>({
    provider: 'coros',
    endpoints: { authorizationEndpoint: urls.authorizeUrl, tokenEndpoint: urls.tokenUrl },
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // COROS reads client_id and client_secret from the token request's form body.
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? COROS_DEFAULT_SCOPES,
    // The token answer carries no `scope`: there is nothing to compare.
    requiredScopes: [],
    pkce: false,
    parseTokenResponse: (response, tokens) =>
      typeof response.openId === 'string' && response.openId !== ''
        ? { ...tokens, providerUserId: response.openId }
        : tokens,
    ...passThroughAppSettings(settings),
  });
  const secrets = () => [settings.clientSecret];
  const http = createHttpClient({
    provider: 'coros',
    baseUrl: urls.apiBaseUrl,
    mapError: mapCorosError,
    ...passThroughAppSettings(settings),
  });

  return {
    provider: 'coros',
    environment,
    singleFlight: core.singleFlight,
    secrets,
    createAuthorization: (options) => core.createAuthorization(options),
    async exchangeCode(options) {
      const tokens = await core.exchangeCode(options);
      if (tokens.providerUserId === undefined) {
        throw new AuthError('coros: the token answer has no openId', {
          code: ErrorCodes.invalidArgument,
          provider: 'coros',
          reconnect: true,
          secrets: [...secrets(), tokens.accessToken, tokens.refreshToken ?? ''],
        });
      }
      return tokens;
    },
    async refresh(tokens, options = {}) {
      const refreshToken = tokens.refreshToken;
      if (!refreshToken) {
        throw new AuthError('coros: the connection has no refresh token', {
          provider: 'coros',
          secrets: secrets(),
        });
      }
      const { data } = await http.request({
        method: 'POST',
        path: urls.refreshUrl,
        // COROS takes the client credentials in the query, the refresh token in the form.
        query: { client_id: settings.clientId, client_secret: settings.clientSecret },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        schema: refreshAnswerSchema,
        // Nothing rotates: sending it twice extends the same token twice.
        idempotent: true,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (data.result !== undefined && data.result !== '0000') {
        const hidden = [...secrets(), refreshToken, tokens.accessToken];
        const error = corosResultError({
          result: data.result,
          message: data.message,
          endpoint: 'POST /oauth2/refresh-token',
          secrets: hidden,
        });
        // A transient code stays retryable; any other refusal means the grant is gone.
        if (error instanceof AuthError || (error instanceof CorosResultError && error.retryable)) {
          throw error;
        }
        throw new AuthError(`coros refused the refresh (${data.result})`, {
          provider: 'coros',
          oauthError: data.result,
          cause: error,
          secrets: hidden,
        });
      }
      const now = clock.now();
      const lifetimeMs =
        typeof data.expires_in === 'number' && data.expires_in > 0
          ? data.expires_in * 1000
          : COROS_ACCESS_TOKEN_LIFETIME_MS;
      // The same access token (unless COROS ever sends a new one) and the same refresh token.
      return {
        ...tokens,
        accessToken: data.access_token || tokens.accessToken,
        refreshToken,
        expiresAt: now + lifetimeMs,
        obtainedAt: now,
      };
    },
    async revoke(tokens, options = {}) {
      const token = typeof tokens === 'string' ? tokens : tokens.accessToken;
      await sendTokenRevocation({
        provider: 'coros',
        url: urls.deauthorizeUrl,
        token,
        sendTokenAs: { query: 'token' },
        mapError: mapCorosError,
        secrets: secrets(),
        ...passThroughAppSettings(settings),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
