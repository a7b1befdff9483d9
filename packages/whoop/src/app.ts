import {
  type AsyncRateLimitPolicy,
  type AuthorizationRequest,
  createOAuth2App,
  ErrorCodes,
  type ExchangeCodeOptions,
  FitlinkError,
  type ProviderAppOptions,
  passThroughAppSettings,
  routePath,
  sendTokenRevocation,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import {
  WHOOP_API_BASE_URL,
  WHOOP_AUTHORIZE_URL,
  WHOOP_ROUTES,
  WHOOP_TOKEN_URL,
} from './endpoints.js';
import { mapWhoopError, mapWhoopTokenError } from './errors.js';
import { createWhoopRateLimitPolicy } from './rate-limit.js';
import { WHOOP_DEFAULT_SCOPES, type WhoopScope } from './scopes.js';

/** Something the app noticed that will likely break the connection later. */
export interface WhoopWarning {
  /** `missing_offline_scope`: no `offline` scope, so no refresh token; `no_refresh_token`: the code exchange returned none. */
  code: 'missing_offline_scope' | 'no_refresh_token';
  /** What it means. */
  message: string;
}

/** Settings of {@link createWhoopApp}. */
export interface WhoopAppSettings extends ProviderAppOptions {
  /** Client id from the WHOOP Developer Dashboard. */
  clientId: string;
  /** Client secret from the dashboard (also the webhook signing key). */
  clientSecret: string;
  /** A redirect URL registered in the dashboard (`https://…` or a custom scheme). */
  redirectUri: string;
  /** Scopes to ask for. @defaultValue every read scope plus `offline` */
  scopes?: readonly WhoopScope[];
  /**
   * Add `offline` to the scopes when they lack it. Without `offline` WHOOP issues no refresh
   * token and the connection ends after an hour; `false` leaves it out and warns.
   * @defaultValue true
   */
  offline?: boolean;
  /**
   * Send a PKCE S256 challenge. WHOOP's documented flow has none (its ORY Hydra server verifies
   * one when sent), so it is opt-in.
   * @defaultValue false
   */
  pkce?: boolean;
  /**
   * Scopes the app cannot work without: `exchangeCode` throws `MissingScopeError` (an
   * `AuthError` with code `missing_scope`) when WHOOP grants fewer, and so does a refresh whose
   * answer drops one. `[]` turns the check off.
   * @defaultValue the scopes asked for (`offline` included when it is added)
   */
  requiredScopes?: readonly WhoopScope[];
  /** Receives warnings (a missing `offline` scope …) instead of a console message. @defaultValue none */
  onWarning?: (warning: WhoopWarning) => void;
  /** The app's rate-limit budget, shared by its clients. @defaultValue createWhoopRateLimitPolicy() */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/** What {@link WhoopApp.createAuthorization} returns: send the user to `url`, keep the rest. */
export interface WhoopAuthorizationRequest extends AuthorizationRequest {
  /** Warnings about the request (also given to `onWarning`). */
  warnings: WhoopWarning[];
}

/** A WHOOP OAuth 2 app: authorization URL, code exchange, rotating refresh, revoke. */
export interface WhoopApp extends TokenRefresher {
  /** Provider id. */
  readonly provider: 'whoop';
  /** The app's rate-limit budget (WHOOP counts per app), used by every client built from it. */
  readonly rateLimitPolicy: AsyncRateLimitPolicy;
  /**
   * Builds the consent URL with a fresh `state` (WHOOP wants at least 8 characters).
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` for a `state` under 8 characters.
   * @example
   * ```ts
   * const { url, state } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly WhoopScope[];
    state?: string;
    params?: Record<string, string>;
  }): Promise<WhoopAuthorizationRequest>;
  /**
   * Checks the callback's `state`, exchanges the code for tokens (never retried) and compares
   * the granted scopes (the token answer's space-separated `scope`) with `requiredScopes`, by
   * default the scopes asked for: pass the authorization's `scopes` back.
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
   * Exchanges the refresh token for new tokens. WHOOP rotates refresh tokens: store the result
   * before using it (core's token manager does).
   *
   * @throws {@link @fitlink/core!AuthError} with code `invalid_grant` when the refresh token is dead.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Revokes the user's grant with `DELETE /v2/user/access` (webhooks stop too), refreshing once
   * when the access token has expired.
   *
   * @throws {@link @fitlink/core!AuthError} when the tokens are no longer valid; {@link @fitlink/core!ProviderError} for another error answer.
   * @throws {@link @fitlink/core!FitlinkError} with code `timeout`, `aborted` or `network` when no answer came (sent once, not retried).
   */
  revoke(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates a WHOOP app: OAuth 2 authorization code with the client secret in the form body,
 * `offline` added so a refresh token is issued, and WHOOP's token error bodies mapped.
 *
 * @example
 * ```ts
 * import { createWhoopApp } from '@fitlink/whoop';
 *
 * const app = createWhoopApp({
 *   clientId: 'your-client-id',
 *   clientSecret: 'your-client-secret',
 *   redirectUri: 'https://example.com/whoop/callback',
 *   onWarning: (warning) => console.warn(warning.message),
 * });
 * const { url, state } = await app.createAuthorization();
 * ```
 * @see https://developer.whoop.com/docs/developing/oauth
 */
export function createWhoopApp(settings: WhoopAppSettings): WhoopApp {
  // What an authorization asks for: the scopes given, `offline` added unless turned off.
  const withOffline = (asked: readonly WhoopScope[]): WhoopScope[] =>
    asked.includes('offline') || !(settings.offline ?? true) ? [...asked] : [...asked, 'offline'];
  const core = createOAuth2App<WhoopScope>({
    provider: 'whoop',
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    endpoints: { authorizationEndpoint: WHOOP_AUTHORIZE_URL, tokenEndpoint: WHOOP_TOKEN_URL },
    pkce: settings.pkce ?? false,
    // What an exchange without the authorization's `scopes` compares the grant with. WHOOP
    // separates scopes with spaces, in the URL and in the token answer.
    scopes: withOffline(settings.scopes ?? WHOOP_DEFAULT_SCOPES),
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    // WHOOP's refresh request carries `scope` (its docs send `offline`). Asking again for what
    // was granted (offline included) keeps every scope on the new token whether or not the
    // server narrows the grant to the requested scope.
    refreshParams: (tokens) => {
      const granted = tokens.scope ?? [];
      return { scope: granted.includes('offline') ? granted.join(' ') : 'offline' };
    },
    mapTokenError: mapWhoopTokenError,
    ...passThroughAppSettings(settings),
  });
  const warn = (warning: WhoopWarning): WhoopWarning => {
    settings.onWarning?.(warning);
    return warning;
  };

  const { access } = WHOOP_ROUTES;
  const accessUrl = new URL(routePath(access), WHOOP_API_BASE_URL);

  return {
    provider: 'whoop',
    singleFlight: core.singleFlight,
    secrets: () => core.secrets?.() ?? [],
    rateLimitPolicy: settings.rateLimitPolicy ?? createWhoopRateLimitPolicy(),

    async createAuthorization(options = {}) {
      if (options.state !== undefined && options.state.length < 8) {
        throw new FitlinkError('whoop: state must be at least 8 characters', {
          code: ErrorCodes.invalidArgument,
          provider: 'whoop',
        });
      }
      const asked = options.scopes ?? settings.scopes ?? WHOOP_DEFAULT_SCOPES;
      const warnings: WhoopWarning[] = [];
      const scopes = withOffline(asked);
      if (!scopes.includes('offline')) {
        warnings.push(
          warn({
            code: 'missing_offline_scope',
            message:
              'whoop: the offline scope is left out, so WHOOP issues no refresh token and the connection ends when the 1-hour access token expires',
          }),
        );
      }
      const request = await core.createAuthorization({
        scopes,
        ...(options.state !== undefined ? { state: options.state } : {}),
        ...(options.params ? { params: options.params } : {}),
      });
      return { ...request, warnings };
    },

    async exchangeCode(options) {
      const tokens = await core.exchangeCode(options);
      if (!tokens.refreshToken) {
        warn({
          code: 'no_refresh_token',
          message:
            'whoop: the token response has no refresh token (was offline granted?); the user must reconnect within the hour',
        });
      }
      return tokens;
    },

    refresh: (tokens, options) => core.refresh(tokens, options),

    async revoke(tokens, options = {}) {
      const set = typeof tokens === 'string' ? { accessToken: tokens } : tokens;
      await sendTokenRevocation({
        provider: 'whoop',
        url: accessUrl,
        method: access.method,
        token: set.accessToken,
        sendTokenAs: 'bearer',
        // WHOOP refuses an expired access token: refresh once and retry, if there is a refresh token.
        ...(set.refreshToken
          ? {
              renewToken: async (signal: AbortSignal | undefined) =>
                (await core.refresh(set, signal ? { signal } : {})).accessToken,
            }
          : {}),
        mapError: mapWhoopError,
        secrets: [settings.clientSecret, ...(set.refreshToken ? [set.refreshToken] : [])],
        // One attempt, as the revoke has always been sent.
        retry: { limit: 0 },
        ...passThroughAppSettings(settings),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
