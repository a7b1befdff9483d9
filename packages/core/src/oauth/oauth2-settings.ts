import type { FitlinkError } from '../errors/fitlink-error.js';
import type { Clock } from '../http/clock.js';
import type { TokenSet } from '../tokens/token-set.js';
import type { Callback } from './callback.js';
import type { OAuth2DiscoverySettings } from './discovery.js';
import type { TokenErrorContext } from './oauth-errors.js';
import type { OAuth2Warning } from './oauth2-warning.js';
import type { OfflineAccessMode } from './offline-access.js';
import type { AbsentScope, FindMissingScopes } from './scope-check.js';
import type { TokenResponse } from './token-response.js';

/** A provider's OAuth 2 endpoints. */
export interface OAuth2Endpoints {
  /** Where the user is sent to consent. */
  authorizationEndpoint: string;
  /** Where codes and refresh tokens are exchanged. */
  tokenEndpoint: string;
  /** RFC 7009 revocation endpoint, when the provider has one. */
  revocationEndpoint?: string;
  /**
   * The issuer identifier, exactly as the server states it: compared with the callback's `iss`
   * (RFC 9207) before the code is sent, and with an ID token's `iss`. Set it whenever the issuer
   * is not the bare origin: one with a path (Keycloak's `…/realms/<realm>`, Okta's
   * `…/oauth2/default`) or a trailing slash (Auth0's `https://<tenant>.auth0.com/`). Or use
   * `discovery`, which reads it from the server.
   * @defaultValue the authorization endpoint's origin
   * @see https://www.rfc-editor.org/rfc/rfc9207
   */
  issuer?: string;
}

/** The endpoints an app uses once resolved (discovered or configured), issuer included. */
export interface ResolvedOAuth2Endpoints extends OAuth2Endpoints {
  /** The issuer identifier checked on callbacks and ID tokens. */
  issuer: string;
}

/** How the client authenticates at the token endpoint (RFC 6749 §2.3). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

/** Settings of {@link createOAuth2App}. */
export interface OAuth2AppSettings<Scope extends string = string> {
  /** Provider id. */
  provider: string;
  /** The provider's endpoints. Give either these or `discovery`. */
  endpoints?: OAuth2Endpoints;
  /**
   * Reads the endpoints and the issuer from the server's published metadata instead of
   * `endpoints`: fetched on first use, once per app (a failed fetch is tried again on the next
   * call), and checked against `discovery.issuer` before any code is sent.
   * @defaultValue none: the endpoints are given by hand
   * @example
   * ```ts
   * discovery: { issuer: 'https://login.example.com/realms/fit' }
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc8414
   * @see https://openid.net/specs/openid-connect-discovery-1_0.html
   */
  discovery?: OAuth2DiscoverySettings;
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
  /**
   * Separator of scopes in the authorization URL and the client credentials request. Granted
   * scopes (the token response's or the callback's `scope`) are split on spaces and commas
   * whatever this says, and compared as sets.
   * @defaultValue ' '
   */
  scopeSeparator?: string;
  /**
   * The scopes the app cannot work without. After the code exchange, the scopes the provider
   * says it granted (the token response's `scope`, else the callback's; without either, see
   * `absentScope`) must cover them, or `exchangeCode` throws a {@link MissingScopeError}
   * (`AuthError`, code `missing_scope`) naming the missing ones, with the issued tokens on the
   * error, not returned. A refresh whose answer has a `scope` is checked too: against this
   * list when it is set, else against the scopes the connection had.
   *
   * `[]` turns the check off (the explicit opt-out, for apps that accept any partial grant and
   * read `tokens.scope` themselves).
   * @defaultValue the scopes asked for: `exchangeCode`'s `scopes` (from the authorization
   * request), else this app's `scopes`
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
   */
  requiredScopes?: readonly Scope[];
  /**
   * What a code exchange whose token response and callback both lack `scope` means (see
   * {@link AbsentScope}).
   * @defaultValue 'requested' (RFC 6749 §5.1: the scopes asked for were granted)
   */
  absentScope?: AbsentScope;
  /**
   * Which required scopes a grant does not cover, for providers whose broader scopes imply
   * narrower ones.
   * @defaultValue set difference: the required scopes not granted
   */
  findMissingScopes?: FindMissingScopes;
  /** Send a PKCE S256 challenge. @defaultValue true */
  pkce?: boolean;
  /** Extra authorization parameters the provider needs (`approval_prompt`, `audience` …). */
  authorizationParams?: Record<string, string>;
  /**
   * What `createAuthorization` does when the scopes include `offline_access` without
   * `prompt=consent` (see {@link OfflineAccessMode}).
   * @defaultValue 'consent' with `discovery` (a standard server), else 'warn'
   * @see https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess
   */
  offlineAccess?: OfflineAccessMode;
  /**
   * Receives {@link OAuth2Warning}s: `offline_access` without consent, a client authentication
   * method or PKCE method the discovered metadata does not list.
   * @defaultValue none: warnings are dropped
   */
  onWarning?: (warning: OAuth2Warning) => void;
  /**
   * Accepts plain-http token, revocation and discovery endpoints on a loopback host
   * (`127.0.0.1`, `[::1]`, `localhost`), for an authorization server running on the developer's
   * machine. Any other plain-http host is refused whatever this says.
   * @defaultValue false: https only
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.2
   */
  allowHttpLoopback?: boolean;
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
  /** Timeout of token and discovery requests. @defaultValue 30000 */
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
  /**
   * The scopes the authorization asked for ({@link AuthorizationRequest.scopes}): what the
   * grant is compared with when the app sets no `requiredScopes`, and what a token response
   * without `scope` granted. Keep it in the session with `state`.
   * @defaultValue the app's `scopes`
   */
  scopes?: readonly string[] | undefined;
  /**
   * The scopes this exchange requires, instead of the app's `requiredScopes`; `[]` skips the check.
   * @defaultValue the app's `requiredScopes`, else `scopes`
   */
  requiredScopes?: readonly string[] | undefined;
  /** Aborts the request. */
  signal?: AbortSignal;
}
