/// <reference types="node" />
import type { ServerResponse } from 'node:http';

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);
// Recomputed for the buffered body; a truncated fault already removed the original length.
const SKIPPED_HEADERS: ReadonlySet<string> = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

/**
 * Writes a Fetch `Response` to a node:http response. A network-error response
 * (`HttpResponse.error()`, the `reset` fault) destroys the socket instead.
 */
export async function writeResponse(
  response: Response,
  outgoing: ServerResponse,
  method: string,
): Promise<void> {
  if (response.type === 'error') {
    outgoing.socket?.destroy();
    outgoing.destroy();
    return;
  }
  const headers: [string, string][] = [];
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie' || SKIPPED_HEADERS.has(name)) continue;
    headers.push([name, value]);
  }
  for (const cookie of response.headers.getSetCookie()) headers.push(['set-cookie', cookie]);

  const withoutBody = method === 'HEAD' || NULL_BODY_STATUSES.has(response.status);
  const body = withoutBody ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
  if (!NULL_BODY_STATUSES.has(response.status)) {
    headers.push(['content-length', String(body.length)]);
  }
  outgoing.writeHead(response.status, response.statusText || undefined, headers.flat());
  outgoing.end(body);
}
