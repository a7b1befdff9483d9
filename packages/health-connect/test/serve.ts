import { createServer, type IncomingMessage } from 'node:http';

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD'
      ? {}
      : { body: new Uint8Array(Buffer.concat(chunks)) }),
  });
}

/** Serves a Fetch-API handler on a real 127.0.0.1 port; `close` stops it. */
export async function serve(handler: (request: Request) => Promise<Response>) {
  let origin = '';
  const server = createServer((incoming, outgoing) => {
    toRequest(incoming, origin)
      .then(handler)
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => outgoing.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/ingest/health-connect`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
