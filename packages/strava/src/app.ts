import {
  checkGrantedScopes,
  createOAuth2App,
  type ExchangeCodeOptions,
  type ProviderAppOptions,
  passThroughAppSettings,
  readCallback,
  type SingleFlight,
  type TokenSet,
} from '@fitlink/core';
import {
  type StravaRevokeOptions,
  sendStravaDeauthorize,
  sendStravaRevoke,
} from './deauthorize.js';
import {
  STRAVA_AUTHORIZE_URL,
  STRAVA_MOBILE_AUTHORIZE_URL,
  STRAVA_TOKEN_URL,
} from './endpoints.js';
import { mapStravaTokenError } from './errors.js';
import { missingStravaScopes, STRAVA_DEFAULT_SCOPES, type StravaScope } from './scopes.js';

/** Settings of {@link createStravaApp}. */
export interface StravaAppSettings extends ProviderAppOptions {
  /** The application's Client ID (strava.com/settings/api). */
  clientId: string;
  /** The application's Client Secret; sent in the form body (`client_secret_post`). */
  clientSecret: string;
  /** The callback URL; its host must be the app's "Authorization Callback Domain". */
  redirectUri: string;
  /** Scopes asked for. @defaultValue `['read', 'profile:read_all', 'activity:read_all']` */
  scopes?: readonly StravaScope[];
  /**
   * Scopes the app cannot work without: `exchangeCode` throws `MissingScopeError` (an
   * `AuthError` with code `missing_scope`) when the athlete unticked one, or when the grant
   * cannot be read (a callback without its `scope` parameter); a `*_all` scope covers its
   * narrower sibling. `[]` turns the check off.
   * @defaultValue the scopes asked for
   */
  requiredScopes?: readonly StravaScope[];
  /** `force` shows the consent page even to athletes who already approved. @defaultValue 'auto' */
  approvalPrompt?: 'auto' | 'force';
  /** Use the mobile consent page, which opens the Strava app when installed. @defaultValue false */
  mobile?: boolean;
}

/** What {@link StravaApp.createAuthorization} returns: send the user to `url`, keep `state`. */
export interface StravaAuthorization {
  /** Strava's consent page. */
  url: URL;
  /** Compare with the callback's `state`. */
  state: string;
  /** The scopes asked for. */
  scopes: StravaScope[];
}

/**
 * A Strava application: connects athletes, refreshes and revokes their tokens. The client
 * secret lives in closures only: no property of the app holds it or the settings.
 */
export interface StravaApp {
  /** Always `'strava'`. */
  readonly provider: 'strava';
  /** Shared by every client of the app, so refreshes are single-flight. */
  readonly singleFlight: SingleFlight;
  /** The client secret, to keep out of errors. */
  secrets(): readonly string[];
  /**
   * Builds the consent URL (`response_type=code`, comma-separated `scope`, `approval_prompt`).
   * Strava offers no PKCE, so there is no verifier to keep.
   *
   * @example
   * ```ts
   * const { url, state } = await app.createAuthorization();
   * ```
   */
  createAuthorization(options?: {
    scopes?: readonly StravaScope[];
    state?: string;
  }): Promise<StravaAuthorization>;
  /**
   * Checks the callback (state, `error=access_denied`, the accepted `scope`) and exchanges the
   * code. The token set's `scope` is what the athlete accepted and `providerUserId` the athlete id.
   * Pass the whole callback URL (its `scope` lists what the athlete kept) and the authorization's
   * `scopes`. A callback without `scope` is still checked: the code is redeemed and the token
   * answer's `scope` read; Strava's has none, so nothing counts as granted.
   *
   * @example
   * ```ts
   * const tokens = await app.exchangeCode({ callback: request.url, state, scopes });
   * ```
   * @throws {@link @fitlink/core!AuthError} `state_mismatch`, `authorization_denied` or
   * `invalid_grant` (a code that expired or was used).
   * @throws {@link @fitlink/core!MissingScopeError} `missing_scope`: a required scope the athlete
   * unticked (the code is not redeemed), or, for a callback without `scope`, one the answer does
   * not show (the tokens are on the error: deauthorize them).
   */
  exchangeCode(
    options: ExchangeCodeOptions & { requiredScopes?: readonly StravaScope[] },
  ): Promise<TokenSet>;
  /**
   * Exchanges the refresh token. Strava returns a new refresh token every time and the old one
   * stops working: store the result before using it (core's token manager does).
   *
   * @throws {@link @fitlink/core!AuthError} `invalid_grant` when Strava answers
   * `RefreshToken invalid`.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /**
   * Deauthorizes the app for the athlete (`POST /oauth/deauthorize`, the access token as bearer
   * and form field): every token of the connection stops working and Strava sends an
   * `authorized: "false"` webhook event.
   *
   * @deprecated Strava retires `oauth/deauthorize` on 2027-06-01: use {@link StravaApp.revoke}
   * (`oauth/revoke`, available since 2026-06-01). Until then this keeps working.
   * @throws {@link @fitlink/core!AuthError} `unauthorized` when the access token is already
   * invalid.
   */
  deauthorize(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
  /**
   * Revokes the athlete's grant (`POST /oauth/revoke`): HTTP Basic client credentials, and the
   * token set's refresh token in the form (`token_type_hint=refresh_token`), which revokes its
   * access token too, so an expired access token needs no refresh first. A token given as a
   * string is sent as is, with `tokenTypeHint` when given.
   *
   * @example
   * ```ts
   * await app.revoke(tokens);
   * ```
   * @see https://developers.strava.com/docs/authentication/
   * @throws {@link @fitlink/core!AuthError} `invalid_client` when Strava refuses the client id or
   * secret.
   * @throws {@link StravaApplicationInactiveError} when the developer application is inactive.
   * @throws {@link @fitlink/core!ProviderError} for another error answer.
   */
  revoke(tokens: TokenSet | string, options?: StravaRevokeOptions): Promise<void>;
}

/**
 * Creates a Strava application: OAuth 2 authorization code with the secret in the form body,
 * comma-separated scopes, rotating refresh tokens and revocation (`oauth/revoke`).
 *
 * @see https://developers.strava.com/docs/authentication/
 * @example
 * ```ts
 * const app = createStravaApp({ clientId: '12345', clientSecret: 'secret', redirectUri: 'https://example.com/strava/callback' });
 * const { url, state } = await app.createAuthorization();
 * ```
 */
export function createStravaApp(settings: StravaAppSettings): StravaApp {
  const scopes = settings.scopes ?? STRAVA_DEFAULT_SCOPES;
  const oauth = createOAuth2App<StravaScope>({
    provider: 'strava',
    endpoints: {
      authorizationEndpoint: settings.mobile ? STRAVA_MOBILE_AUTHORIZE_URL : STRAVA_AUTHORIZE_URL,
      tokenEndpoint: STRAVA_TOKEN_URL,
    },
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // Strava reads the secret from the form body only, never from HTTP Basic.
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    scopes,
    // Strava wants `read,activity:read_all`, not space-separated scopes.
    scopeSeparator: ',',
    ...(settings.requiredScopes ? { requiredScopes: settings.requiredScopes } : {}),
    // `activity:read_all` covers `activity:read`, `read_all` covers `read`.
    findMissingScopes: missingStravaScopes,
    // Strava reports the grant in the callback's `scope`, never in the token answer: a callback
    // without it proves nothing was accepted.
    absentScope: 'none',
    pkce: false,
    authorizationParams: { approval_prompt: settings.approvalPrompt ?? 'auto' },
    mapTokenError: mapStravaTokenError,
    parseTokenResponse: (response, tokens) => {
      // The code exchange names the athlete; refreshes do not (toTokenSet keeps the old id).
      const athlete = response.athlete as { id?: unknown } | undefined;
      const id = athlete?.id;
      if (typeof id === 'number' || typeof id === 'string') tokens.providerUserId = String(id);
      return tokens;
    },
    ...passThroughAppSettings(settings),
  });
  const { clientId, clientSecret } = settings;
  const secrets = () => [clientSecret];
  const deauthorize = (tokens: TokenSet | string, options: { signal?: AbortSignal } = {}) =>
    sendStravaDeauthorize({ ...passThroughAppSettings(settings), secrets }, tokens, options);
  const revoke = (tokens: TokenSet | string, options: StravaRevokeOptions = {}) =>
    sendStravaRevoke(
      { ...passThroughAppSettings(settings), clientId, clientSecret, secrets },
      tokens,
      options,
    );

  return {
    provider: 'strava',
    singleFlight: oauth.singleFlight,
    secrets,
    async createAuthorization(options = {}) {
      const request = await oauth.createAuthorization({
        ...(options.scopes ? { scopes: options.scopes } : {}),
        ...(options.state ? { state: options.state } : {}),
      });
      return { url: request.url, state: request.state, scopes: request.scopes as StravaScope[] };
    },
    async exchangeCode(options) {
      const params = readCallback(options.callback, options.state, 'strava');
      const requested = options.scopes ?? scopes;
      const required = options.requiredScopes ?? settings.requiredScopes ?? requested;
      // The athlete can untick scopes on the consent page; the callback lists what was kept.
      // Checked before the code is redeemed, so a refused grant leaves no tokens behind.
      const callbackScope = params.get('scope');
      if (callbackScope !== null) {
        checkGrantedScopes({
          provider: 'strava',
          required,
          granted: callbackScope,
          findMissing: missingStravaScopes,
          stage: 'callback',
          ...(options.scopes === undefined &&
          options.requiredScopes === undefined &&
          settings.requiredScopes === undefined
            ? {
                hint: "The grant was compared with the app's default scopes: pass the authorization request's scopes to exchangeCode if it asked for others",
              }
            : {}),
          secrets: secrets(),
        });
      }
      // Core checks again after the exchange: without a callback `scope`, from the token answer.
      const tokens = await oauth.exchangeCode({
        ...options,
        callback: params,
        scopes: requested,
        requiredScopes: required,
      });
      const granted = (callbackScope ?? '').split(',').filter(Boolean);
      if (granted.length > 0) tokens.scope = granted;
      return tokens;
    },
    refresh: (tokens, options) => oauth.refresh(tokens, options),
    deauthorize,
    revoke,
  };
}
