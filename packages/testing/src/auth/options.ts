/** How a registered client authenticates at the token and revocation endpoints (RFC 6749 2.3). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

/** What the fake resource owner answers on the consent screen. */
export type ConsentDecision = 'approve' | 'deny';

/** The grant types the fake token endpoint implements. */
export type FakeGrantType = 'authorization_code' | 'refresh_token' | 'client_credentials';

/**
 * What a refresh (`grant_type=refresh_token`) answers about the refresh token:
 * - `'rotate'`: a new refresh token; the presented one is retired (reusing it fails).
 * - `'same'`: the presented refresh token is returned again and stays valid.
 * - `'omit'`: no `refresh_token` in the answer (the client keeps its old one, as Spotify
 *   sometimes does); the presented refresh token stays valid.
 */
export type RefreshTokenOnRefresh = 'rotate' | 'same' | 'omit';

/** An OAuth client registered with the fake authorization server. */
export interface FakeOAuthClient {
  /** The `client_id`. */
  readonly clientId: string;
  /** The `client_secret`; required unless `authMethod` is `'none'`. */
  readonly clientSecret?: string;
  /** How this client must authenticate; any other method is rejected with `invalid_client`. */
  readonly authMethod: ClientAuthMethod;
  /** Registered redirect URIs, compared by exact string match (RFC 6749 3.1.2.3). */
  readonly redirectUris: readonly string[];
}

/** A seeded resource owner who can sign in and approve the consent screen. */
export interface SandboxUser {
  /** Stable user id, returned by the sandbox API as `id`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
}

/** A grant (one user's consent for one client), as handed to `tokenResponseExtras`. */
export interface FakeGrant {
  /** Opaque grant id. */
  readonly id: string;
  /** The client the grant belongs to. */
  readonly clientId: string;
  /** The user who consented, or `null` for a `client_credentials` (app-only) grant. */
  readonly userId: string | null;
  /** The scopes granted. */
  readonly scope: readonly string[];
  /** Whether the grant (and every token issued from it) has been revoked. */
  readonly revoked: boolean;
}

/** What `tokenResponseExtras` receives for each token response it may extend. */
export interface FakeTokenIssue {
  /** The grant the tokens belong to. */
  readonly grant: FakeGrant;
  /** The seeded user, or `null` for app-only tokens. */
  readonly user: SandboxUser | null;
  /** The `grant_type` of the token request. */
  readonly grantType: FakeGrantType;
  /** When the new access token expires, in epoch milliseconds. */
  readonly accessTokenExpiresAt: number;
  /**
   * The token request's form parameters (a copy, client credentials included), e.g. to echo
   * a `state`; empty for tokens seeded with `issueTokens()`.
   */
  readonly params: URLSearchParams;
}

/** An OAuth error the fake server is about to return, as handed to `errorBody`. */
export interface FakeOAuthError {
  /** The RFC 6749 error code, e.g. `'invalid_grant'`. */
  readonly error: string;
  /** The human-readable `error_description`. */
  readonly description: string;
  /** The HTTP status about to be sent. */
  readonly status: number;
  /** The `grant_type` of the token request, when the error comes from the token endpoint. */
  readonly grantType: string | null;
}

/** Settings of {@link createFakeAuthorizationServer}. */
export interface FakeAuthorizationServerOptions {
  /**
   * Origin (optionally with a path prefix) the endpoints are served under.
   * @defaultValue `'https://auth.sandbox.fitlink.test'`
   */
  readonly baseUrl?: string;
  /**
   * Authorization endpoint path appended to `baseUrl`, or an absolute URL.
   * @defaultValue `'/oauth/authorize'`
   */
  readonly authorizePath?: string;
  /**
   * Token endpoint path appended to `baseUrl`, or an absolute URL.
   * @defaultValue `'/oauth/token'`
   */
  readonly tokenPath?: string;
  /**
   * Revocation endpoint (RFC 7009) path appended to `baseUrl`, or an absolute URL; `null`
   * serves no revocation endpoint (no handler, `endpoints.revocation` absent), for providers
   * that have none or revoke through a handler of their own.
   * @defaultValue `'/oauth/revoke'`
   */
  readonly revokePath?: string | null;
  /**
   * Registered clients.
   * @defaultValue `[SANDBOX_CLIENT, SANDBOX_PUBLIC_CLIENT]`
   */
  readonly clients?: readonly FakeOAuthClient[];
  /**
   * Lifetime of issued access tokens.
   * @defaultValue `3600`
   */
  readonly accessTokenTtlSeconds?: number;
  /**
   * Lifetime of authorization codes.
   * @defaultValue `60`
   */
  readonly codeTtlSeconds?: number;
  /**
   * Shorthand for {@link FakeAuthorizationServerOptions.refreshTokenOnRefresh}: `true` is
   * `'rotate'` (a new refresh token on every refresh, the presented one retired), `false` is
   * `'same'` (the presented refresh token returned again). Ignored when
   * `refreshTokenOnRefresh` is set.
   * @defaultValue `true`
   */
  readonly rotateRefreshTokens?: boolean;
  /**
   * What a refresh answers about the refresh token: `'rotate'` issues a new one and retires
   * the presented one, `'same'` returns the presented one again, `'omit'` leaves
   * `refresh_token` out of the answer and keeps the presented one valid for the next refresh.
   * @defaultValue `'rotate'` (`'same'` when `rotateRefreshTokens` is `false`)
   */
  readonly refreshTokenOnRefresh?: RefreshTokenOnRefresh;
  /**
   * Issue refresh tokens only for grants that include this scope (WHOOP's and Hydra's
   * `'offline'`); other grants get access tokens alone. Applies to the code exchange and to
   * `issueTokens()` seeding.
   * @defaultValue `undefined` (every user grant gets a refresh token)
   */
  readonly refreshTokenScope?: string;
  /**
   * Revoke the whole grant when a retired refresh token is presented again
   * (refresh-token reuse detection, RFC 9700 4.14.2).
   * @defaultValue `false`
   */
  readonly revokeGrantOnRefreshTokenReuse?: boolean;
  /**
   * Reject authorization requests without a PKCE `code_challenge`. A challenge that is sent
   * is always verified, whatever this says.
   * @defaultValue `false`
   */
  readonly requirePkce?: boolean;
  /**
   * Seeded resource owners; the first one is signed in.
   * @defaultValue `[SANDBOX_USER]` (`{ id: 'sandbox-user-1', name: 'Sandy Box' }`)
   */
  readonly users?: readonly SandboxUser[];
  /**
   * What the consent screen answers; `'deny'` redirects with `error=access_denied`.
   * @defaultValue `'approve'`
   */
  readonly consent?: ConsentDecision;
  /**
   * Scopes the fake user unticks on the consent screen: they are left out of the grant.
   * @defaultValue `[]`
   */
  readonly declinedScopes?: readonly string[];
  /**
   * Add the granted `scope` to the callback's query, as Strava does.
   * @defaultValue `false`
   */
  readonly scopeInCallback?: boolean;
  /**
   * Separator of the `scope` parameter, in requests and responses. Strava uses `','`.
   * @defaultValue `' '`
   */
  readonly scopeSeparator?: string;
  /**
   * Scopes granted when a request has no `scope` parameter.
   * @defaultValue `[]`
   */
  readonly defaultScope?: readonly string[];
  /**
   * Scopes the server knows; any other requested scope fails with `invalid_scope`.
   * @defaultValue `undefined` (every scope is accepted)
   */
  readonly supportedScopes?: readonly string[];
  /**
   * Extra fields merged last into every successful token response (e.g. Strava's `athlete`,
   * or a `state` echoed from `issue.params`). A field set to `undefined` is left out of the
   * JSON body, but prefer `refreshTokenOnRefresh` and `refreshTokenScope` to drop
   * `refresh_token`: they also keep the server's token state consistent.
   * @defaultValue `undefined`
   */
  readonly tokenResponseExtras?: (issue: FakeTokenIssue) => Record<string, unknown>;
  /**
   * Shapes the JSON body of every OAuth error response, for providers whose error bodies
   * are not RFC 6749's (e.g. Strava's `{"message":"Bad Request","errors":[...]}`). Status
   * and headers stay as the server chose them.
   * @defaultValue `undefined` (`{ error, error_description }`)
   */
  readonly errorBody?: (error: FakeOAuthError) => unknown;
  /**
   * Clock in epoch milliseconds, for code and token expiry.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}
