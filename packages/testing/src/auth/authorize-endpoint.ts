import { type HttpHandler, http } from 'msw';
import { repeatedParam } from './form-params.js';
import { type OAuthErrorCode, redirectResponse } from './oauth-responses.js';
import { isPkceValue } from './pkce.js';
import { formatScope, parseScope, unsupportedScope } from './scope.js';
import type { ServerState } from './server-state.js';

// Errors about the client or redirect URI must not redirect (RFC 6749 4.1.2.1).
function directError(description: string): Response {
  return Response.json(
    { error: 'invalid_request', error_description: description },
    { status: 400 },
  );
}

/**
 * Handles one authorization request: validates it, "shows" the consent screen (the
 * `consent` knob answers) and redirects with a one-time code or an error (RFC 6749 4.1.1).
 */
export function authorize(state: ServerState, url: URL): Response {
  state.stats.authorizeRequests += 1;
  const params = url.searchParams;
  const clientId = params.get('client_id');
  const client = clientId === null ? undefined : state.clients.get(clientId);
  if (client === undefined) return directError('client_id is missing or unknown');

  const sentRedirectUri = params.get('redirect_uri');
  // RFC 6749 3.1.2.3: redirect_uri may be left out when exactly one is registered.
  const redirectUri =
    sentRedirectUri ?? (client.redirectUris.length === 1 ? client.redirectUris[0] : undefined);
  if (redirectUri === undefined) return directError('redirect_uri is required');
  if (!client.redirectUris.includes(redirectUri)) {
    return directError('redirect_uri is not registered for this client');
  }

  const stateParam = params.get('state');
  const fail = (error: OAuthErrorCode, description: string): Response =>
    redirectResponse(redirectUri, { error, error_description: description, state: stateParam });

  const repeated = repeatedParam(params);
  if (repeated !== undefined) return fail('invalid_request', `"${repeated}" is repeated`);
  const responseType = params.get('response_type');
  if (responseType === null) return fail('invalid_request', 'response_type is required');
  if (responseType !== 'code') {
    return fail('unsupported_response_type', 'only response_type=code is supported');
  }

  const scope = parseScope(state, params.get('scope'));
  const unknownScope = unsupportedScope(state, scope);
  if (unknownScope !== undefined) return fail('invalid_scope', `unknown scope "${unknownScope}"`);

  const codeChallenge = params.get('code_challenge');
  const method = params.get('code_challenge_method');
  if (codeChallenge === null) {
    if (method !== null)
      return fail('invalid_request', 'code_challenge_method without code_challenge');
    if (state.knobs.requirePkce) return fail('invalid_request', 'code_challenge is required');
  } else {
    // RFC 7636 4.3: a missing method means "plain", which this server does not support (4.4.1).
    if (method !== 'S256') return fail('invalid_request', 'transform algorithm not supported');
    if (!isPkceValue(codeChallenge)) return fail('invalid_request', 'malformed code_challenge');
  }

  if (state.knobs.consent === 'deny') {
    return fail('access_denied', 'The resource owner denied the request');
  }

  const loginHint = params.get('login_hint');
  const userId =
    loginHint !== null && state.users.has(loginHint) ? loginHint : state.knobs.signedInUserId;
  const granted = scope.filter((s) => !state.knobs.declinedScopes.includes(s));
  const code = state.registry.addCode({
    clientId: client.clientId,
    redirectUri,
    redirectUriSent: sentRedirectUri !== null,
    scope: granted,
    codeChallenge,
    userId,
    expiresAt: state.now() + state.codeTtlMs,
  });
  return redirectResponse(redirectUri, {
    code: code.code,
    state: stateParam,
    scope: state.scopeInCallback ? formatScope(state, granted) : null,
  });
}

/**
 * The msw handler of the authorization endpoint.
 *
 * @example
 * ```ts
 * const handler = createAuthorizeHandler(createServerState({}));
 * ```
 */
export function createAuthorizeHandler(state: ServerState): HttpHandler {
  return http.get(state.endpoints.authorization, ({ request }) =>
    authorize(state, new URL(request.url)),
  );
}
