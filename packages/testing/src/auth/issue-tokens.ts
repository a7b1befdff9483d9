import { type GrantRecord, snapshotGrant } from './grant-registry.js';
import type { FakeGrantType } from './options.js';
import { formatScope } from './scope.js';
import type { ServerState } from './server-state.js';

/** Tokens issued for one grant, in the shape tests and token stores want. */
export interface IssuedTokens {
  /** The new access token. */
  readonly accessToken: string;
  /** The refresh token to keep, if the grant has one. */
  readonly refreshToken: string | undefined;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
  /** When the access token expires, in epoch milliseconds. */
  readonly expiresAt: number;
  /** The scopes of the access token. */
  readonly scope: readonly string[];
  /** The token response body as the token endpoint would send it. */
  readonly body: Record<string, unknown>;
}

/** How {@link issueTokens} handles the refresh token. */
export interface IssueTokensOptions {
  /** The `grant_type` being answered. */
  readonly grantType: FakeGrantType;
  /**
   * `'new'` issues one (none when the grant lacks the `refreshTokenScope` knob's scope), a
   * string returns that one again, `null` issues none.
   */
  readonly refreshToken: 'new' | string | null;
  /** Access-token scopes (a subset of the grant's when refreshing). */
  readonly scope: readonly string[];
  /** Overrides the `accessTokenTtlSeconds` knob. */
  readonly expiresInSeconds?: number;
  /** The token request's form parameters, handed to `tokenResponseExtras`. @defaultValue none */
  readonly params?: URLSearchParams;
}

/** Whether `grant` may hold a refresh token: it includes the `refreshTokenScope` knob's scope, if any. */
export function grantMayHoldRefreshToken(
  state: ServerState,
  grant: { readonly scope: readonly string[] },
): boolean {
  const required = state.knobs.refreshTokenScope;
  return required === undefined || grant.scope.includes(required);
}

/** Issues an access token (and maybe a refresh token) for `grant` and builds the RFC 6749 5.1 body. */
export function issueTokens(
  state: ServerState,
  grant: GrantRecord,
  options: IssueTokensOptions,
): IssuedTokens {
  const expiresIn = options.expiresInSeconds ?? state.knobs.accessTokenTtlSeconds;
  const access = state.registry.issueAccessToken(grant, options.scope, expiresIn * 1000);
  const refreshToken =
    options.refreshToken === 'new'
      ? grantMayHoldRefreshToken(state, grant)
        ? state.registry.issueRefreshToken(grant).token
        : undefined
      : (options.refreshToken ?? undefined);
  const scopeText = formatScope(state, options.scope);
  const body: Record<string, unknown> = {
    access_token: access.token,
    token_type: 'Bearer',
    expires_in: expiresIn,
    ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
    ...(scopeText === '' ? {} : { scope: scopeText }),
    ...state.tokenResponseExtras?.({
      grant: snapshotGrant(grant),
      user: grant.userId === null ? null : (state.users.get(grant.userId) ?? null),
      grantType: options.grantType,
      accessTokenExpiresAt: access.expiresAt,
      params: new URLSearchParams(options.params),
    }),
  };
  return {
    accessToken: access.token,
    refreshToken,
    expiresIn,
    expiresAt: access.expiresAt,
    scope: options.scope,
    body,
  };
}
