import { grantMayHoldRefreshToken, issueTokens } from './issue-tokens.js';
import { oauthErrorResponse, tokenJsonResponse } from './oauth-responses.js';
import type { FakeOAuthClient } from './options.js';
import { formatScope, parseScope } from './scope.js';
import type { ServerState } from './server-state.js';

/**
 * `grant_type=refresh_token` (RFC 6749 6): issues a new access token and, as the
 * `refreshTokenOnRefresh` knob says, a new refresh token retiring the presented one
 * (`'rotate'`), the presented one again (`'same'`) or none, the presented one staying valid
 * (`'omit'`; also when the grant lacks the `refreshTokenScope` knob's scope). A retired refresh
 * token presented again fails with `invalid_grant` and is counted in `refreshTokenReuseCount`.
 */
export function refreshAccessToken(
  state: ServerState,
  client: FakeOAuthClient,
  params: URLSearchParams,
): Response {
  state.stats.refreshRequests += 1;
  const invalidGrant = (description: string) =>
    oauthErrorResponse(state, 'invalid_grant', description, { grantType: 'refresh_token' });
  const value = params.get('refresh_token');
  if (value === null) {
    return oauthErrorResponse(state, 'invalid_request', 'refresh_token is required', {
      grantType: 'refresh_token',
    });
  }
  const record = state.registry.findRefreshToken(value);
  const grant = record && state.registry.findGrant(record.grantId);
  if (record === undefined || grant === undefined || grant.clientId !== client.clientId) {
    return invalidGrant('unknown refresh token');
  }
  if (grant.revoked) return invalidGrant('refresh token was revoked');
  if (record.used) {
    state.stats.refreshTokenReuseCount += 1;
    if (state.knobs.revokeGrantOnRefreshTokenReuse) grant.revoked = true;
    return invalidGrant('refresh token was already used');
  }

  const requested = params.get('scope');
  const scope = requested === null ? grant.scope : parseScope(state, requested);
  const extra = scope.find((s) => !grant.scope.includes(s));
  if (extra !== undefined) {
    const description = `scope "${extra}" exceeds the grant (${formatScope(state, grant.scope)})`;
    return oauthErrorResponse(state, 'invalid_scope', description, { grantType: 'refresh_token' });
  }

  const mode = grantMayHoldRefreshToken(state, grant) ? state.knobs.refreshTokenOnRefresh : 'omit';
  if (mode === 'rotate') record.used = true;
  const issued = issueTokens(state, grant, {
    grantType: 'refresh_token',
    refreshToken: mode === 'rotate' ? 'new' : mode === 'same' ? record.token : null,
    scope,
    params,
  });
  return tokenJsonResponse(issued.body);
}
