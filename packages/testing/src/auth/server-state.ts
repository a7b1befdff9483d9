import {
  SANDBOX_AUTH_BASE_URL,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_USER,
} from './defaults.js';
import { createGrantRegistry, type GrantRegistry } from './grant-registry.js';
import type {
  ConsentDecision,
  FakeAuthorizationServerOptions,
  FakeGrantType,
  FakeOAuthClient,
  FakeOAuthError,
  FakeTokenIssue,
  RefreshTokenOnRefresh,
  SandboxUser,
} from './options.js';

/** Counters of a fake authorization server, live (read them at any time). */
export interface FakeAuthorizationServerStats {
  /** Requests to the authorization endpoint. */
  authorizeRequests: number;
  /** Token endpoint requests by `grant_type` (unsupported or missing types are not counted here). */
  readonly tokenRequests: Record<FakeGrantType, number>;
  /** Token endpoint requests with `grant_type=refresh_token`. */
  refreshRequests: number;
  /** `invalid_grant` errors returned; a client that refreshes correctly keeps this at 0. */
  invalidGrantCount: number;
  /** Retired (rotated) refresh tokens presented again. */
  refreshTokenReuseCount: number;
  /** Accepted revocation-endpoint requests. */
  revocations: number;
}

/** Behaviour switches of a fake authorization server; change them at any time during a test. */
export interface FakeAuthorizationServerKnobs {
  /** What the consent screen answers. */
  consent: ConsentDecision;
  /** The user who approves authorization requests (a `login_hint` naming a seeded user wins). */
  signedInUserId: string;
  /**
   * See {@link FakeAuthorizationServerOptions.rotateRefreshTokens}: reads `true` while
   * `refreshTokenOnRefresh` is `'rotate'`; writing sets it to `'rotate'` (`true`) or `'same'`
   * (`false`).
   */
  rotateRefreshTokens: boolean;
  /** See {@link FakeAuthorizationServerOptions.refreshTokenOnRefresh}. */
  refreshTokenOnRefresh: RefreshTokenOnRefresh;
  /** See {@link FakeAuthorizationServerOptions.refreshTokenScope}; `undefined` for none. */
  refreshTokenScope: string | undefined;
  /** See {@link FakeAuthorizationServerOptions.revokeGrantOnRefreshTokenReuse}. */
  revokeGrantOnRefreshTokenReuse: boolean;
  /** See {@link FakeAuthorizationServerOptions.requirePkce}. */
  requirePkce: boolean;
  /** Lifetime of access tokens issued from now on. */
  accessTokenTtlSeconds: number;
  /** See {@link FakeAuthorizationServerOptions.declinedScopes}. */
  declinedScopes: readonly string[];
}

/** The endpoint URLs of a fake authorization server (names as in RFC 8414 metadata). */
export interface FakeAuthorizationServerEndpoints {
  /** `authorization_endpoint`. */
  readonly authorization: string;
  /** `token_endpoint`. */
  readonly token: string;
  /** `revocation_endpoint`; absent when the server was created with `revokePath: null`. */
  readonly revocation?: string;
}

/** Everything the endpoint handlers of one server share. */
export interface ServerState {
  /** Resolved endpoint URLs. */
  readonly endpoints: FakeAuthorizationServerEndpoints;
  /** Registered clients by id. */
  readonly clients: ReadonlyMap<string, FakeOAuthClient>;
  /** Seeded users by id. */
  readonly users: ReadonlyMap<string, SandboxUser>;
  /** Live knobs. */
  readonly knobs: FakeAuthorizationServerKnobs;
  /** Live counters. */
  readonly stats: FakeAuthorizationServerStats;
  /** Codes, grants and tokens. */
  readonly registry: GrantRegistry;
  /** The clock. */
  readonly now: () => number;
  /** Code lifetime. */
  readonly codeTtlMs: number;
  /** See {@link FakeAuthorizationServerOptions.scopeSeparator}. */
  readonly scopeSeparator: string;
  /** See {@link FakeAuthorizationServerOptions.defaultScope}. */
  readonly defaultScope: readonly string[];
  /** See {@link FakeAuthorizationServerOptions.supportedScopes}. */
  readonly supportedScopes: ReadonlySet<string> | undefined;
  /** See {@link FakeAuthorizationServerOptions.tokenResponseExtras}. */
  readonly tokenResponseExtras: ((issue: FakeTokenIssue) => Record<string, unknown>) | undefined;
  /** See {@link FakeAuthorizationServerOptions.scopeInCallback}. */
  readonly scopeInCallback: boolean;
  /** See {@link FakeAuthorizationServerOptions.errorBody}. */
  readonly errorBody: ((error: FakeOAuthError) => unknown) | undefined;
}

function endpointUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return new URL(path).href;
  return new URL(`${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`).href;
}

/**
 * Resolves options and defaults into the shared {@link ServerState}.
 *
 * @example
 * ```ts
 * const state = createServerState({ scopeSeparator: ',' });
 * ```
 */
export function createServerState(options: FakeAuthorizationServerOptions): ServerState {
  const baseUrl = options.baseUrl ?? SANDBOX_AUTH_BASE_URL;
  const users = options.users ?? [SANDBOX_USER];
  const firstUser = users[0];
  if (firstUser === undefined) throw new TypeError('createFakeAuthorizationServer: users is empty');
  const now = options.now ?? (() => Date.now());
  const revokePath = options.revokePath === undefined ? '/oauth/revoke' : options.revokePath;
  return {
    endpoints: {
      authorization: endpointUrl(baseUrl, options.authorizePath ?? '/oauth/authorize'),
      token: endpointUrl(baseUrl, options.tokenPath ?? '/oauth/token'),
      ...(revokePath === null ? {} : { revocation: endpointUrl(baseUrl, revokePath) }),
    },
    clients: new Map(
      (options.clients ?? [SANDBOX_CLIENT, SANDBOX_PUBLIC_CLIENT]).map((c) => [c.clientId, c]),
    ),
    users: new Map(users.map((user) => [user.id, user])),
    knobs: {
      consent: options.consent ?? 'approve',
      signedInUserId: firstUser.id,
      get rotateRefreshTokens() {
        return this.refreshTokenOnRefresh === 'rotate';
      },
      set rotateRefreshTokens(rotate: boolean) {
        this.refreshTokenOnRefresh = rotate ? 'rotate' : 'same';
      },
      refreshTokenOnRefresh:
        options.refreshTokenOnRefresh ??
        (options.rotateRefreshTokens === false ? 'same' : 'rotate'),
      refreshTokenScope: options.refreshTokenScope,
      revokeGrantOnRefreshTokenReuse: options.revokeGrantOnRefreshTokenReuse ?? false,
      requirePkce: options.requirePkce ?? false,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
      declinedScopes: options.declinedScopes ?? [],
    },
    stats: {
      authorizeRequests: 0,
      tokenRequests: { authorization_code: 0, refresh_token: 0, client_credentials: 0 },
      refreshRequests: 0,
      invalidGrantCount: 0,
      refreshTokenReuseCount: 0,
      revocations: 0,
    },
    registry: createGrantRegistry(now),
    now,
    codeTtlMs: (options.codeTtlSeconds ?? 60) * 1000,
    scopeSeparator: options.scopeSeparator ?? ' ',
    defaultScope: options.defaultScope ?? [],
    supportedScopes: options.supportedScopes ? new Set(options.supportedScopes) : undefined,
    tokenResponseExtras: options.tokenResponseExtras,
    scopeInCallback: options.scopeInCallback ?? false,
    errorBody: options.errorBody,
  };
}
