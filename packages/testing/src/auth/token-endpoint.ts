import { type HttpHandler, http } from 'msw';
import { exchangeAuthorizationCode } from './authorization-code-grant.js';
import { authenticateClient } from './client-authentication.js';
import { readFormParams } from './form-params.js';
import { issueTokens } from './issue-tokens.js';
import { oauthErrorResponse, tokenJsonResponse } from './oauth-responses.js';
import type { FakeGrantType, FakeOAuthClient } from './options.js';
import { refreshAccessToken } from './refresh-token-grant.js';
import { parseScope, unsupportedScope } from './scope.js';
import type { ServerState } from './server-state.js';

const GRANT_TYPES: readonly string[] = [
  'authorization_code',
  'refresh_token',
  'client_credentials',
];

function isGrantType(value: string | null): value is FakeGrantType {
  return value !== null && GRANT_TYPES.includes(value);
}

// RFC 6749 4.4: app-only tokens for confidential clients, without a refresh token (4.4.3).
function clientCredentials(state: ServerState, client: FakeOAuthClient, params: URLSearchParams) {
  if (client.authMethod === 'none') {
    const description = 'public clients cannot use client_credentials';
    return oauthErrorResponse(state, 'unauthorized_client', description);
  }
  const scope = parseScope(state, params.get('scope'));
  const unknownScope = unsupportedScope(state, scope);
  if (unknownScope !== undefined) {
    return oauthErrorResponse(state, 'invalid_scope', `unknown scope "${unknownScope}"`);
  }
  const grant = state.registry.createGrant({
    clientId: client.clientId,
    userId: null,
    scope,
    grantType: 'client_credentials',
  });
  const issued = issueTokens(state, grant, {
    grantType: 'client_credentials',
    refreshToken: null,
    scope,
    params,
  });
  return tokenJsonResponse(issued.body);
}

/** Handles one token-endpoint request (RFC 6749 3.2): form body, client authentication, grant. */
export async function token(state: ServerState, request: Request): Promise<Response> {
  const form = await readFormParams(request);
  if (!form.ok) return oauthErrorResponse(state, 'invalid_request', form.description);
  const { params } = form;
  const grantType = params.get('grant_type');
  if (isGrantType(grantType)) state.stats.tokenRequests[grantType] += 1;

  const authentication = authenticateClient(state, request, params);
  if (!authentication.ok) return authentication.response;
  const { client } = authentication;

  switch (grantType) {
    case 'authorization_code':
      return exchangeAuthorizationCode(state, client, params);
    case 'refresh_token':
      return refreshAccessToken(state, client, params);
    case 'client_credentials':
      return clientCredentials(state, client, params);
    case null:
      return oauthErrorResponse(state, 'invalid_request', 'grant_type is required');
    default:
      return oauthErrorResponse(state, 'unsupported_grant_type', `"${grantType}" is not supported`);
  }
}

/**
 * The msw handler of the token endpoint.
 *
 * @example
 * ```ts
 * const handler = createTokenHandler(createServerState({}));
 * ```
 */
export function createTokenHandler(state: ServerState): HttpHandler {
  return http.post(state.endpoints.token, ({ request }) => token(state, request));
}
