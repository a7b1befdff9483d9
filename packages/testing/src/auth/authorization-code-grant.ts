import { issueTokens } from './issue-tokens.js';
import { oauthErrorResponse, tokenJsonResponse } from './oauth-responses.js';
import type { FakeOAuthClient } from './options.js';
import { isPkceValue, s256Challenge } from './pkce.js';
import type { ServerState } from './server-state.js';

/**
 * `grant_type=authorization_code` (RFC 6749 4.1.3, RFC 7636 4.6): redeems a one-time code
 * bound to the client, redirect URI and PKCE challenge. A replayed code fails and revokes
 * every token issued from it (RFC 6749 4.1.2).
 */
export async function exchangeAuthorizationCode(
  state: ServerState,
  client: FakeOAuthClient,
  params: URLSearchParams,
): Promise<Response> {
  const invalidGrant = (description: string) =>
    oauthErrorResponse(state, 'invalid_grant', description, { grantType: 'authorization_code' });
  const codeValue = params.get('code');
  if (codeValue === null)
    return oauthErrorResponse(state, 'invalid_request', 'code is required', {
      grantType: 'authorization_code',
    });
  const code = state.registry.findCode(codeValue);
  if (code === undefined || code.clientId !== client.clientId) {
    return invalidGrant('unknown authorization code');
  }
  if (code.used) {
    const grant = code.grantId === null ? undefined : state.registry.findGrant(code.grantId);
    if (grant) grant.revoked = true;
    return invalidGrant('authorization code was already used');
  }
  if (code.expiresAt <= state.now()) return invalidGrant('authorization code expired');

  const redirectUri = params.get('redirect_uri');
  if ((code.redirectUriSent || redirectUri !== null) && redirectUri !== code.redirectUri) {
    return invalidGrant('redirect_uri does not match the authorization request');
  }

  const verifier = params.get('code_verifier');
  if (code.codeChallenge === null) {
    // RFC 9700 2.1.1: a verifier without a challenge signals a PKCE downgrade.
    if (verifier !== null) return invalidGrant('code_verifier sent but no code_challenge was');
  } else {
    if (verifier === null) return invalidGrant('code_verifier is required');
    if (!isPkceValue(verifier) || (await s256Challenge(verifier)) !== code.codeChallenge) {
      return invalidGrant('code_verifier does not match the code_challenge');
    }
  }
  // Checked again after the await: two concurrent exchanges must not both succeed.
  if (code.used) return invalidGrant('authorization code was already used');
  code.used = true;

  const grant = state.registry.createGrant({
    clientId: client.clientId,
    userId: code.userId,
    scope: code.scope,
    grantType: 'authorization_code',
  });
  code.grantId = grant.id;
  const issued = issueTokens(state, grant, {
    grantType: 'authorization_code',
    refreshToken: 'new',
    scope: grant.scope,
    params,
  });
  return tokenJsonResponse(issued.body);
}
