import {
  AuthError,
  type AuthorizationRequest,
  createOAuth2App,
  ErrorCodes,
  type ExchangeCodeOptions,
  FitlinkError,
  type OAuth2App,
  type ProviderAppOptions,
  passThroughAppSettings,
  type SingleFlight,
  systemClock,
  type TokenRefresher,
  type TokenSet,
} from '@fitlink/core';
import { getSpotifyConsentStatus, type SpotifyConsentStatus } from './consent.js';
import { SPOTIFY_AUTHORIZE_URL, SPOTIFY_TOKEN_URL } from './endpoints.js';
import { mapSpotifyTokenError, SpotifyRefreshTokenExpiredError } from './errors.js';
import { validateSpotifyRedirectUri } from './redirect-uri.js';
import { SPOTIFY_DEFAULT_SCOPES, type SpotifyScope } from './scopes.js';

/** Settings of {@link createSpotifyApp}. */
export interface SpotifyAppSettings extends ProviderAppOptions {
  /** The app's client id (Spotify dashboard). */
  clientId: string;
  /**
   * The client secret, for server apps (authorization code flow, HTTP Basic at the token
   * endpoint). Leave it out in browsers and mobile apps: the app is then a public client
   * using authorization code with PKCE, with `client_id` in the token request body.
   */
  clientSecret?: string;
  /**
   * The redirect URI registered in the dashboard: HTTPS, or `http://127.0.0.1:PORT/…` /
   * `http://[::1]:PORT/…`. `localhost` is refused (Spotify dropped it on 27 November 2025).
   */
  redirectUri: string;
  /** Scopes asked for. @defaultValue {@link SPOTIFY_DEFAULT_SCOPES} */
  scopes?: readonly SpotifyScope[];
  /**
   * Scopes the app cannot work without: `exchangeCode` throws `MissingScopeError` (an
   * `AuthError` with code `missing_scope`) when the grant lacks one, and so does a refresh whose
   * answer drops one. `[]` turns the check off.
   * @defaultValue the scopes asked for
   */
  requiredScopes?: readonly SpotifyScope[];
  /**
   * Send a PKCE S256 challenge. Always on for public clients (no secret).
   * @defaultValue `true` without a client secret, `false` with one (Spotify's code flow)
   */
  pkce?: boolean;
  /** Ask Spotify to show the consent dialog even when the user already approved (`show_dialog`). @defaultValue false */
  showDialog?: boolean;
}

/** Options of {@link SpotifyApp.createAuthorization}. */
export interface SpotifyAuthorizationOptions {
  /** Scopes for this authorization. @defaultValue the app's scopes */
  scopes?: readonly SpotifyScope[];
  /** A `state` of your own. @defaultValue a random one */
  state?: string;
  /** Show the consent dialog again. @defaultValue the app's `showDialog` */
  showDialog?: boolean;
  /** Extra authorization parameters. `response_type` other than `code` is refused: the implicit grant is gone. */
  params?: Record<string, string>;
}

/** Options of {@link SpotifyApp.exchangeCode}. */
export interface SpotifyExchangeCodeOptions {
  /** The callback URL (or its query) Spotify redirected to. */
  callback: ExchangeCodeOptions['callback'];
  /** The `state` issued by {@link SpotifyApp.createAuthorization}. */
  state: string;
  /** The PKCE verifier issued with it (`undefined` or `''` when PKCE is off). */
  codeVerifier?: string | undefined;
  /**
   * The scopes the authorization asked for ({@link SpotifyAuthorization.scopes}): the grant is
   * compared with them unless `requiredScopes` says otherwise. @defaultValue the app's `scopes`
   */
  scopes?: readonly SpotifyScope[] | undefined;
  /** The scopes this exchange requires; `[]` skips the check. @defaultValue the app's `requiredScopes`, else `scopes` */
  requiredScopes?: readonly SpotifyScope[] | undefined;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** What {@link SpotifyApp.createAuthorization} returns: send the user to `url`, keep the rest. */
export interface SpotifyAuthorization extends AuthorizationRequest {
  /** The scopes asked for. */
  scopes: SpotifyScope[];
}

/**
 * A Spotify app: authorization URLs (code flow or PKCE), code exchange, refresh, client
 * credentials, and the six-month consent check. Spotify has no revocation endpoint: users
 * remove access at https://www.spotify.com/account/apps/. The client secret is kept in
 * closures: no property of the app holds it, so the app is safe to log.
 */
export interface SpotifyApp extends TokenRefresher {
  /** Always `'spotify'`. */
  readonly provider: 'spotify';
  /** The app's client id. */
  readonly clientId: string;
  /** The registered redirect URI the app sends users back to (checked when the app was created). */
  readonly redirectUri: string;
  /** Whether the app is a public client (no secret: PKCE, no client credentials). */
  readonly publicClient: boolean;
  /** Shared by every client of the app, so a refresh is single-flight in the process. */
  readonly singleFlight: SingleFlight;
  /**
   * Builds the authorization URL on `https://accounts.spotify.com/authorize` with a fresh
   * `state` (and a PKCE S256 challenge for public clients). Keep `state` and `codeVerifier` in
   * the user's session for the callback.
   *
   * @throws `FitlinkError` with code `invalid_argument` when asked for the implicit grant.
   *
   * @example
   * ```ts
   * const { url, state, codeVerifier } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: SpotifyAuthorizationOptions): Promise<SpotifyAuthorization>;
  /**
   * Checks the callback (state, `error=access_denied`) and exchanges the code. The token set
   * gets `authorizedAt`, the start of the six-month refresh-token life. The granted scopes (the
   * token answer's space-separated `scope`) must cover `requiredScopes`, by default the scopes
   * asked for: pass the authorization's `scopes` back.
   *
   * @throws `AuthError` on a state mismatch, a denied consent, or a refused code or verifier.
   * @throws `MissingScopeError` (an `AuthError` with code `missing_scope`) when a required scope
   *   was not granted; the tokens are on the error.
   *
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback: request.url, state, codeVerifier, scopes });
   * ```
   */
  exchangeCode(options: SpotifyExchangeCodeOptions): Promise<TokenSet>;
  /**
   * Refreshes the access token. Since 2026-06-18 Spotify's answer carries no refresh token: the
   * one the token set has is kept (and a new one stored, should Spotify send one again).
   * `authorizedAt` is kept: refreshing does not extend the six months.
   *
   * A refused refresh is never retried: Spotify asks apps not to. The app remembers a refresh
   * token Spotify answered `invalid_grant` (by SHA-256, for the life of the app object, up to
   * 1,000) and refuses it again without a request; discard the stored tokens and send the user
   * through authorization again.
   *
   * @throws {@link SpotifyRefreshTokenExpiredError} (an `AuthError` with code `invalid_grant`)
   *   when the refresh token ended, six months after the user authorized.
   * @throws `AuthError` with code `invalid_grant` when the refresh token was revoked or refused
   *   otherwise.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Gets an app-only token with the client credentials grant (catalog calls such as
   * `GET /tracks/{id}`; no user data). Confidential clients only.
   *
   * @throws `FitlinkError` with code `invalid_argument` for a public client.
   */
  clientCredentials(options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Where a connection stands against the six-month refresh-token end.
   *
   * @param tokens - The connection's tokens.
   * @param options - Warning window. @defaultValue 14 days
   */
  consentStatus(tokens: TokenSet, options?: { warnBeforeMs?: number }): SpotifyConsentStatus;
  /** Secrets of the app (the client secret) for core to redact from errors; never log them. */
  secrets(): readonly string[];
}

// How many refused refresh tokens an app remembers.
const REFUSED_LIMIT = 1000;

/** SHA-256 of a token, hex: what the app remembers of a refused refresh token. */
async function sha256Hex(value: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates a Spotify app. With a `clientSecret` it is a confidential client (authorization code,
 * HTTP Basic at the token endpoint, client credentials); without one it is a public client
 * (authorization code with PKCE), safe in a browser bundle: it uses only `fetch`, `URL` and
 * WebCrypto.
 *
 * @param settings - Client id, optional secret, redirect URI, scopes.
 * @throws `FitlinkError` with code `invalid_argument` for a refused redirect URI.
 *
 * @example
 * ```ts
 * import { createSpotifyApp } from '@fitlink/spotify';
 * const app = createSpotifyApp({ clientId: 'your-client-id', redirectUri: 'http://127.0.0.1:4317/callback' });
 * const { url, state, codeVerifier } = await app.createAuthorization();
 * ```
 */
export function createSpotifyApp(settings: SpotifyAppSettings): SpotifyApp {
  validateSpotifyRedirectUri(settings.redirectUri);
  const clock = settings.clock ?? systemClock;
  // Refresh tokens Spotify refused, by SHA-256 (not the tokens), with what Spotify said: never
  // sent again ("do not retry a failed refresh"). Per app object; the oldest go past the limit.
  const refused = new Map<string, { description: string | undefined }>();
  const refusalError = (
    tokens: TokenSet,
    refusal: { description: string | undefined },
    cause?: unknown,
  ): AuthError => {
    const { description } = refusal;
    const status = getSpotifyConsentStatus(tokens, { now: clock.now(), warnBeforeMs: 0 });
    const again = cause === undefined ? ' (refused before: not sent again)' : '';
    if (status.expired || /expired/i.test(description ?? '')) {
      return new SpotifyRefreshTokenExpiredError({
        refreshTokenExpiresAt: status.refreshTokenExpiresAt,
        ...(description === undefined ? {} : { description }),
        ...(cause === undefined ? {} : { cause }),
      });
    }
    return new AuthError(
      `spotify refused the refresh token${description ? ` (${description})` : ''}${again}: discard the stored tokens and send the user through authorization again`,
      {
        provider: 'spotify',
        oauthError: 'invalid_grant',
        ...(description === undefined ? {} : { description }),
        ...(cause === undefined ? {} : { cause }),
      },
    );
  };
  const publicClient = !settings.clientSecret;
  const oauth: OAuth2App<SpotifyScope> = createOAuth2App<SpotifyScope>({
    provider: 'spotify',
    endpoints: {
      authorizationEndpoint: SPOTIFY_AUTHORIZE_URL,
      tokenEndpoint: SPOTIFY_TOKEN_URL,
      // Spotify issues no `iss` and has no revocation endpoint.
      issuer: 'https://accounts.spotify.com',
    },
    clientId: settings.clientId,
    ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
    // Code flow: HTTP Basic; PKCE flow: client_id in the body, no secret.
    clientAuthMethod: publicClient ? 'none' : 'client_secret_basic',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? SPOTIFY_DEFAULT_SCOPES,
    // Space-separated, compared as sets.
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    pkce: publicClient || (settings.pkce ?? false),
    mapTokenError: mapSpotifyTokenError,
    ...passThroughAppSettings(settings),
    clock,
  });

  return {
    provider: 'spotify',
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,
    publicClient,
    singleFlight: oauth.singleFlight,
    secrets: () => oauth.secrets?.() ?? [],

    async createAuthorization(options = {}) {
      const responseType = options.params?.response_type;
      if (responseType !== undefined && responseType !== 'code') {
        throw new FitlinkError(
          `spotify: response_type=${responseType} is refused: Spotify removed the implicit grant on 27 November 2025; use the authorization code flow with PKCE`,
          { code: ErrorCodes.invalidArgument, provider: 'spotify' },
        );
      }
      const showDialog = options.showDialog ?? settings.showDialog ?? false;
      const request = await oauth.createAuthorization({
        ...(options.scopes ? { scopes: options.scopes } : {}),
        ...(options.state ? { state: options.state } : {}),
        params: { ...(showDialog ? { show_dialog: 'true' } : {}), ...options.params },
      });
      return { ...request, scopes: request.scopes as SpotifyScope[] };
    },

    // Core treats an empty verifier (a session that kept `codeVerifier ?? ''`) as no PKCE.
    exchangeCode: (options) => oauth.exchangeCode(options),

    async refresh(tokens, options = {}) {
      const key = tokens.refreshToken ? await sha256Hex(tokens.refreshToken) : undefined;
      const known = key === undefined ? undefined : refused.get(key);
      if (known) throw refusalError(tokens, known);
      try {
        return await oauth.refresh(tokens, options);
      } catch (error) {
        if (!(error instanceof AuthError) || error.code !== ErrorCodes.invalidGrant) throw error;
        // Spotify: "do not retry a failed refresh". Ended six months after the user authorized
        // (`Refresh token expired`), or revoked: either way this refresh token is never sent again.
        const refusal = { description: error.description };
        if (key !== undefined) {
          refused.set(key, refusal);
          const oldest = refused.keys().next().value;
          if (refused.size > REFUSED_LIMIT && oldest !== undefined) refused.delete(oldest);
        }
        throw refusalError(tokens, refusal, error);
      }
    },

    async clientCredentials(options = {}) {
      if (publicClient) {
        throw new FitlinkError(
          'spotify: the client credentials grant needs a client secret; a public (PKCE) client cannot use it',
          { code: ErrorCodes.invalidArgument, provider: 'spotify' },
        );
      }
      return oauth.clientCredentials(options.signal ? { signal: options.signal } : {});
    },

    consentStatus: (tokens, options = {}) =>
      getSpotifyConsentStatus(tokens, {
        now: clock.now(),
        ...(options.warnBeforeMs === undefined ? {} : { warnBeforeMs: options.warnBeforeMs }),
      }),
  };
}
