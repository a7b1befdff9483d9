import type { ServerState } from './server-state.js';

/** Who a valid bearer token speaks for. */
export interface AuthenticatedToken {
  /** The access token itself. */
  readonly token: string;
  /** The user, or `null` for an app-only (`client_credentials`) token. */
  readonly userId: string | null;
  /** The client the token was issued to. */
  readonly clientId: string;
  /** The scopes of the token. */
  readonly scope: readonly string[];
}

/** The token of an `Authorization: Bearer …` header (RFC 6750 2.1), if any. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}

/** Validates the bearer token against live (unexpired, unrevoked) access tokens. */
export function authenticateBearer(
  state: ServerState,
  request: Request,
): AuthenticatedToken | null {
  const token = bearerToken(request);
  const record = token === undefined ? undefined : state.registry.findAccessToken(token);
  if (record === undefined || !state.registry.isLive(record)) return null;
  const grant = state.registry.findGrant(record.grantId);
  if (grant === undefined) return null;
  return {
    token: record.token,
    userId: grant.userId,
    clientId: grant.clientId,
    scope: record.scope,
  };
}

/**
 * A 401 for a missing, expired or revoked access token (RFC 6750 3.1), with a JSON body and
 * `WWW-Authenticate: Bearer error="invalid_token"`.
 */
export function invalidTokenResponse(description = 'The access token is invalid'): Response {
  return Response.json(
    { error: 'invalid_token', error_description: description },
    {
      status: 401,
      headers: {
        'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"`,
      },
    },
  );
}
