/**
 * Serves the browser example: the page, its esbuild bundle, and (offline) a proxy from the
 * page's origin to the sandbox, because a browser cannot be pointed at a fake
 * accounts.spotify.com. The proxy passes requests through unchanged, redirects included.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';

/** A running page server. */
export interface PageServer {
  readonly origin: string;
  /** The browser bundle's size in bytes, and whether it mentions a `node:` module. */
  readonly bundle: { readonly bytes: number; readonly nodeImports: boolean };
  /** Every request the proxy forwarded (method, URL, body), for assertions. */
  readonly forwarded: { method: string; url: string; body: string }[];
  close(): Promise<void>;
}

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'spotify-pkce-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    // Resolve workspace packages to source, as the tests do, so no build is needed first.
    conditions: ['source', 'browser', 'import', 'default'],
  });
  return result.outputFiles[0]?.text ?? '';
}

const html = (config: object) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fitlink · Spotify with PKCE</title></head>
<body>
<h1>Recently played</h1>
<button id="connect">Connect Spotify</button> <span id="status">loading…</span>
<ol id="plays"></ol>
<script>window.FITLINK_PAGE = ${JSON.stringify(config)};</script>
<script type="module" src="/app.js"></script>
</body></html>`;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the page server on 127.0.0.1:`port` (0 = any free port). */
export async function servePage(options: {
  port: number;
  clientId: string;
  /** Offline: the sandbox's loopback fetch; the page then goes through `/proxy/`. */
  sandboxFetch?: typeof fetch;
}): Promise<PageServer> {
  const script = await bundlePage();
  const forwarded: PageServer['forwarded'] = [];
  let origin = '';
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === '/' || url.pathname === '/callback') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        html({
          clientId: options.clientId,
          redirectUri: `${origin}/callback`,
          ...(options.sandboxFetch ? { proxy: `${origin}/proxy/` } : {}),
        }),
      );
      return;
    }
    if (url.pathname === '/app.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(script);
      return;
    }
    const proxied = /^\/proxy\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (proxied && options.sandboxFetch) {
      const target = `https://${proxied[1]}${proxied[2] ?? '/'}${url.search}`;
      const body =
        request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
      forwarded.push({
        method: request.method ?? 'GET',
        url: target,
        body: body?.toString('utf8') ?? '',
      });
      const headers = new Headers();
      for (const name of ['authorization', 'content-type', 'accept']) {
        const value = request.headers[name];
        if (typeof value === 'string') headers.set(name, value);
      }
      const upstream = await options.sandboxFetch(target, {
        method: request.method ?? 'GET',
        headers,
        redirect: 'manual',
        ...(body === undefined ? {} : { body: new Uint8Array(body) }),
      });
      const out: Record<string, string> = { 'access-control-allow-origin': origin };
      upstream.headers.forEach((value, name) => {
        if (
          !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)
        )
          out[name] = value;
      });
      response.writeHead(upstream.status, out);
      response.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    response.writeHead(404).end();
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((ready) => server.listen(options.port, '127.0.0.1', ready));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : options.port}`;
  return {
    origin,
    bundle: {
      bytes: script.length,
      nodeImports: /\bfrom\s*["']node:|import\(["']node:/.test(script),
    },
    forwarded,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
