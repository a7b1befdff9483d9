import { HttpResponse } from 'msw';
import type { SandboxFault } from './fault.js';

function invalidToken(description: string): Response {
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

/**
 * The response that replaces the real one for a fault, or `undefined` for `slow` and
 * `truncated`, which need the real response.
 */
export function faultResponse(fault: SandboxFault): Response | undefined {
  switch (fault.kind) {
    case 'status':
      return Response.json(
        fault.body ?? {
          error: 'server_error',
          error_description: `Injected fault: HTTP ${fault.status}`,
        },
        { status: fault.status, ...(fault.headers ? { headers: fault.headers } : {}) },
      );
    case 'rate-limit':
      return Response.json(
        { error: 'rate_limited', error_description: 'Injected fault: too many requests' },
        {
          status: 429,
          headers: { 'Retry-After': String(fault.retryAfterSeconds ?? 1), ...fault.headers },
        },
      );
    case 'reset':
      return HttpResponse.error();
    case 'expired-token':
      return invalidToken('The access token expired');
    case 'revoked-token':
      return invalidToken('The access token was revoked');
    case 'slow':
    case 'truncated':
      return undefined;
  }
}

// Statuses whose responses must not have a body (Fetch standard "null body status").
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/** A copy of `response` whose body stops halfway, so a JSON parser fails mid-document. */
export async function truncateResponse(response: Response): Promise<Response> {
  if (NULL_BODY_STATUSES.has(response.status)) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const cut = bytes.slice(0, Math.floor(bytes.length / 2));
  return new Response(cut.length > 0 ? cut : null, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
