/**
 * node:http ⇄ Fetch API: serves a `Request → Response` handler (an ingest or webhook handler) on
 * a real port, the only server-specific code the push examples need. In Hono, Next.js route
 * handlers, Bun, Deno or Workers, pass the handler its native `Request` instead.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

/** A handler being served, and how to stop it. */
export interface ServedHandler {
  /** `http://127.0.0.1:<port>` (the loopback address even when listening on 0.0.0.0). */
  readonly origin: string;
  close(): Promise<void>;
}

// The body is streamed, not buffered, so a handler's size limit stops an oversized upload while
// it arrives.
function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (let index = 0; index + 1 < incoming.rawHeaders.length; index += 2) {
    headers.append(incoming.rawHeaders[index] ?? '', incoming.rawHeaders[index + 1] ?? '');
  }
  const method = incoming.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = Readable.toWeb(incoming) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(new URL(incoming.url ?? '/', origin), init);
}

/** Serves `handler` on `host:port` (port 0: any free one) until `close()`. */
export async function serveFetch(
  handler: (request: Request) => Promise<Response>,
  options: { host?: string; port?: number } = {},
): Promise<ServedHandler> {
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((incoming, outgoing) => {
    Promise.resolve()
      .then(() => handler(toRequest(incoming, origin)))
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => outgoing.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(options.port ?? 0, host, ready));
  const { port } = server.address() as AddressInfo;
  origin = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
