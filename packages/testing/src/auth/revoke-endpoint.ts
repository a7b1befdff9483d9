import { type HttpHandler, http } from 'msw';
import { authenticateClient } from './client-authentication.js';
import { readFormParams } from './form-params.js';
import { oauthErrorResponse } from './oauth-responses.js';
import type { ServerState } from './server-state.js';

/**
 * Handles one revocation request (RFC 7009 2.1): revokes the grant behind an access or refresh
 * token, answering 200 also for unknown tokens (2.2). `token_type_hint` is accepted and unneeded.
 */
export async function revoke(state: ServerState, request: Request): Promise<Response> {
  const form = await readFormParams(request);
  if (!form.ok) return oauthErrorResponse(state, 'invalid_request', form.description);
  const authentication = authenticateClient(state, request, form.params);
  if (!authentication.ok) return authentication.response;
  const token = form.params.get('token');
  if (token === null) return oauthErrorResponse(state, 'invalid_request', 'token is required');

  const grant = state.registry.grantOfToken(token);
  if (grant !== undefined && grant.clientId !== authentication.client.clientId) {
    const description = 'the token was not issued to this client';
    return oauthErrorResponse(state, 'unauthorized_client', description);
  }
  if (grant !== undefined) grant.revoked = true;
  state.stats.revocations += 1;
  return new Response(null, { status: 200, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * The msw handler of the revocation endpoint, or `undefined` when the server has none
 * (`revokePath: null`).
 *
 * @example
 * ```ts
 * const handler = createRevokeHandler(createServerState({}));
 * ```
 */
export function createRevokeHandler(state: ServerState): HttpHandler | undefined {
  const url = state.endpoints.revocation;
  return url === undefined ? undefined : http.post(url, ({ request }) => revoke(state, request));
}
