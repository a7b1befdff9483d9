/// <reference types="node" />
import type { ServerResponse } from 'node:http';
import { isBrokenBody } from '../faults/fault-response.js';

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);
// Recomputed for the buffered body; a truncated fault already removed the original length.
const SKIPPED_HEADERS: ReadonlySet<string> = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

function destroy(outgoing: ServerResponse): void {
  outgoing.socket?.destroy();
  outgoing.destroy();
}

/**
 * Sends the headers at once, then the body chunk by chunk as it comes (chunked encoding): a body
 * that stalls leaves the client waiting after the headers, one that errors destroys the socket
 * mid-body, and a client that closes the connection cancels the body.
 */
async function streamBody(
  body: ReadableStream<Uint8Array>,
  outgoing: ServerResponse,
  status: number,
  statusText: string | undefined,
  headers: [string, string][],
): Promise<void> {
  outgoing.writeHead(status, statusText, headers.flat());
  outgoing.flushHeaders();
  const reader = body.getReader();
  const onClose = (): void => {
    reader.cancel().catch(() => undefined);
  };
  outgoing.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Each chunk is on its way before the next read, so a reset comes after the bytes it follows.
      await new Promise<void>((resolve) => outgoing.write(value, () => resolve()));
    }
    outgoing.end();
  } catch {
    destroy(outgoing);
  } finally {
    outgoing.off('close', onClose);
  }
}

/**
 * Writes a Fetch `Response` to a node:http response. A network-error response
 * (`HttpResponse.error()`, the `reset` fault) destroys the socket instead; the body of a
 * `stalled-body` or `body-reset` fault is streamed after the headers, so it stalls or the socket
 * is destroyed mid-body.
 */
export async function writeResponse(
  response: Response,
  outgoing: ServerResponse,
  method: string,
): Promise<void> {
  if (response.type === 'error') {
    destroy(outgoing);
    return;
  }
  const headers: [string, string][] = [];
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie' || SKIPPED_HEADERS.has(name)) continue;
    headers.push([name, value]);
  }
  for (const cookie of response.headers.getSetCookie()) headers.push(['set-cookie', cookie]);

  const withoutBody = method === 'HEAD' || NULL_BODY_STATUSES.has(response.status);
  if (!withoutBody && response.body !== null && isBrokenBody(response)) {
    const statusText = response.statusText || undefined;
    return streamBody(response.body, outgoing, response.status, statusText, headers);
  }
  const body = withoutBody ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
  if (!NULL_BODY_STATUSES.has(response.status)) {
    headers.push(['content-length', String(body.length)]);
  }
  outgoing.writeHead(response.status, response.statusText || undefined, headers.flat());
  outgoing.end(body);
}
