import type { ServerState } from './server-state.js';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const;

/** The error codes of RFC 6749 5.2 and 4.1.2.1 that the fake server returns. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'access_denied';

/** A JSON success response of the token endpoint (RFC 6749 5.1), never cached. */
export function tokenJsonResponse(body: Record<string, unknown>): Response {
  return Response.json(body, { status: 200, headers: NO_STORE });
}

/**
 * A JSON error response of the token or revocation endpoint (RFC 6749 5.2), shaped by the
 * server's `errorBody` when it has one. Counts `invalid_grant` in the server's stats.
 */
export function oauthErrorResponse(
  state: ServerState,
  error: OAuthErrorCode,
  description: string,
  options: {
    readonly status?: number;
    readonly headers?: Record<string, string>;
    readonly grantType?: string;
  } = {},
): Response {
  if (error === 'invalid_grant') state.stats.invalidGrantCount += 1;
  const status = options.status ?? 400;
  const body =
    state.errorBody === undefined
      ? { error, error_description: description }
      : state.errorBody({ error, description, status, grantType: options.grantType ?? null });
  return Response.json(body, { status, headers: { ...NO_STORE, ...options.headers } });
}

/** A 302 to `redirectUri` with `params` added to its query (RFC 6749 4.1.2). */
export function redirectResponse(
  redirectUri: string,
  params: Record<string, string | null>,
): Response {
  const location = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null) location.searchParams.set(name, value);
  }
  return new Response(null, { status: 302, headers: { ...NO_STORE, Location: location.href } });
}
