import { oauthErrorResponse } from './oauth-responses.js';
import type { FakeOAuthClient } from './options.js';
import type { ServerState } from './server-state.js';

/** Outcome of authenticating the client of a token or revocation request. */
export type ClientAuthenticationResult =
  | { readonly ok: true; readonly client: FakeOAuthClient }
  | { readonly ok: false; readonly response: Response };

interface BasicCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

// RFC 6749 2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
function formDecode(value: string): string {
  return decodeURIComponent(value.replaceAll('+', ' '));
}

function parseBasic(header: string): BasicCredentials | null {
  try {
    const binary = atob(header.slice('basic '.length).trim());
    const decoded = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    return {
      clientId: formDecode(decoded.slice(0, colon)),
      clientSecret: formDecode(decoded.slice(colon + 1)),
    };
  } catch {
    return null;
  }
}

function invalidClient(state: ServerState, description: string, usedBasic: boolean) {
  // RFC 6749 5.2: a 401 answering an Authorization header must carry WWW-Authenticate.
  const headers: Record<string, string> = usedBasic
    ? { 'WWW-Authenticate': 'Basic realm="fitlink-sandbox"' }
    : {};
  return {
    ok: false,
    response: oauthErrorResponse(state, 'invalid_client', description, { status: 401, headers }),
  } as const;
}

/**
 * Authenticates the client with exactly the method it registered: HTTP Basic, `client_id` +
 * `client_secret` in the body, or `client_id` alone for a public client.
 */
export function authenticateClient(
  state: ServerState,
  request: Request,
  params: URLSearchParams,
): ClientAuthenticationResult {
  const authorization = request.headers.get('authorization');
  const usedBasic = authorization?.toLowerCase().startsWith('basic ') === true;
  const bodyId = params.get('client_id');
  const bodySecret = params.get('client_secret');

  if (usedBasic && authorization) {
    if (bodySecret !== null) {
      const description = 'more than one client authentication method was used';
      return { ok: false, response: oauthErrorResponse(state, 'invalid_request', description) };
    }
    const credentials = parseBasic(authorization);
    if (credentials === null) return invalidClient(state, 'malformed Basic credentials', true);
    const client = state.clients.get(credentials.clientId);
    if (bodyId !== null && bodyId !== credentials.clientId) {
      return invalidClient(state, 'client_id does not match the Basic credentials', true);
    }
    if (client?.authMethod !== 'client_secret_basic') {
      return invalidClient(state, 'client is unknown or does not use client_secret_basic', true);
    }
    if (client.clientSecret !== credentials.clientSecret) {
      return invalidClient(state, 'client authentication failed', true);
    }
    return { ok: true, client };
  }

  if (bodyId === null) return invalidClient(state, 'client authentication is required', false);
  const client = state.clients.get(bodyId);
  if (client === undefined) return invalidClient(state, 'unknown client', false);
  if (bodySecret !== null) {
    if (client.authMethod !== 'client_secret_post' || client.clientSecret !== bodySecret) {
      return invalidClient(state, 'client authentication failed', false);
    }
    return { ok: true, client };
  }
  if (client.authMethod !== 'none') {
    return invalidClient(state, `client must authenticate with ${client.authMethod}`, false);
  }
  return { ok: true, client };
}
