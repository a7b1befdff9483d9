import type { HttpHandler } from 'msw';
import { createAuthorizeHandler } from './authorize-endpoint.js';
import {
  type AuthenticatedToken,
  authenticateBearer,
  invalidTokenResponse,
} from './bearer-authentication.js';
import { snapshotGrant } from './grant-registry.js';
import { type IssuedTokens, issueTokens } from './issue-tokens.js';
import type { FakeAuthorizationServerOptions, FakeGrant, SandboxUser } from './options.js';
import { createRevokeHandler } from './revoke-endpoint.js';
import {
  createServerState,
  type FakeAuthorizationServerEndpoints,
  type FakeAuthorizationServerKnobs,
  type FakeAuthorizationServerStats,
} from './server-state.js';
import { createTokenHandler } from './token-endpoint.js';

/** What {@link FakeAuthorizationServer.issueTokens} seeds; every field has a default. */
export interface SeedTokensOptions {
  /** @defaultValue the signed-in user */
  readonly userId?: string;
  /** @defaultValue the server's `defaultScope` */
  readonly scope?: string | readonly string[];
  /** @defaultValue the first registered client */
  readonly clientId?: string;
  /** @defaultValue the `accessTokenTtlSeconds` knob */
  readonly expiresInSeconds?: number;
  /**
   * Whether to issue a refresh token; even when `true`, none is issued for a scope without
   * the server's `refreshTokenScope`.
   * @defaultValue `true`
   */
  readonly refreshToken?: boolean;
}

/** A fake OAuth 2 authorization server: msw handlers plus inspection and knobs for tests. */
export interface FakeAuthorizationServer {
  /** msw handlers of the authorization, token and (unless `revokePath` is `null`) revocation endpoints. */
  readonly handlers: HttpHandler[];
  /** The endpoint URLs. */
  readonly endpoints: FakeAuthorizationServerEndpoints;
  /** Hosts (`host[:port]`) the endpoints live on. */
  readonly hosts: readonly string[];
  /** Live counters. */
  readonly stats: FakeAuthorizationServerStats;
  /** Behaviour switches, writable at any time. */
  readonly knobs: FakeAuthorizationServerKnobs;
  /** Seeded users. */
  readonly users: readonly SandboxUser[];
  /** Seeds a connection directly, as if the user had gone through consent. */
  issueTokens(options?: SeedTokensOptions): IssuedTokens;
  /** Expires one access token now; `false` when it is unknown or already expired. */
  expireAccessToken(token: string): boolean;
  /** Expires every live access token; returns how many. */
  expireAllAccessTokens(): number;
  /** Revokes the grant behind a token, or every grant of a user id; returns how many. */
  revokeGrant(tokenOrUserId: string): number;
  /** Copies of every grant ever made. */
  listGrants(): FakeGrant[];
  /** Validates `Authorization: Bearer`; `null` when missing, unknown, expired or revoked. */
  authenticate(request: Request): AuthenticatedToken | null;
  /** 401 `{"error":"invalid_token"}` with `WWW-Authenticate: Bearer error="invalid_token"`. */
  unauthorizedResponse(description?: string): Response;
}

/**
 * Creates a fake OAuth 2 authorization server (RFC 6749, PKCE per RFC 7636, revocation per
 * RFC 7009) whose state lives in the returned object.
 *
 * @example
 * ```ts
 * const auth = createFakeAuthorizationServer({ scopeSeparator: ',' });
 * const server = setupServer(...auth.handlers);
 * const { accessToken } = auth.issueTokens({ scope: ['read'] });
 * ```
 */
export function createFakeAuthorizationServer(
  options: FakeAuthorizationServerOptions = {},
): FakeAuthorizationServer {
  const state = createServerState(options);
  const { registry, endpoints } = state;
  const firstClientId = [...state.clients.keys()][0];
  const urls = [endpoints.authorization, endpoints.token, endpoints.revocation];
  const hosts = urls.flatMap((url) => (url === undefined ? [] : [new URL(url).host]));
  const revokeHandler = createRevokeHandler(state);
  return {
    handlers: [
      createAuthorizeHandler(state),
      createTokenHandler(state),
      ...(revokeHandler ? [revokeHandler] : []),
    ],
    endpoints,
    hosts: [...new Set(hosts)],
    stats: state.stats,
    knobs: state.knobs,
    users: [...state.users.values()],
    issueTokens(seed = {}) {
      const clientId = seed.clientId ?? firstClientId;
      if (clientId === undefined || !state.clients.has(clientId)) {
        throw new TypeError(`issueTokens: unknown client "${String(clientId)}"`);
      }
      const userId = seed.userId ?? state.knobs.signedInUserId;
      const scope =
        typeof seed.scope === 'string'
          ? seed.scope.split(state.scopeSeparator).filter(Boolean)
          : (seed.scope ?? state.defaultScope);
      const grant = registry.createGrant({
        clientId,
        userId,
        scope,
        grantType: 'authorization_code',
      });
      return issueTokens(state, grant, {
        grantType: 'authorization_code',
        refreshToken: seed.refreshToken === false ? null : 'new',
        scope,
        ...(seed.expiresInSeconds === undefined ? {} : { expiresInSeconds: seed.expiresInSeconds }),
      });
    },
    expireAccessToken: (token) => registry.expireAccessTokens((r) => r.token === token) > 0,
    expireAllAccessTokens: () => registry.expireAccessTokens(() => true),
    revokeGrant(tokenOrUserId) {
      const byToken = registry.grantOfToken(tokenOrUserId);
      const targets = byToken
        ? [byToken]
        : registry.listGrants().filter((g) => g.userId === tokenOrUserId);
      const live = targets.filter((grant) => !grant.revoked);
      for (const grant of live) grant.revoked = true;
      return live.length;
    },
    listGrants: () => registry.listGrants().map(snapshotGrant),
    authenticate: (request) => authenticateBearer(state, request),
    unauthorizedResponse: invalidTokenResponse,
  };
}
