import { createServer } from 'node:http';

/** A one-shot HTTP server on 127.0.0.1 that waits for the OAuth redirect. */
export interface LoopbackCallback {
  /** The redirect URI to register with the provider, e.g. `http://127.0.0.1:8787/callback`. */
  readonly redirectUri: string;
  /** Resolves with the full callback URL (code, state, scope…) when the browser arrives. */
  readonly callback: Promise<URL>;
  /** Stops listening. */
  close(): Promise<void>;
}

/**
 * Listens on `127.0.0.1:<port><path>` for one authorization redirect (RFC 8252 7.3 loopback
 * redirect), answers the browser with a short page and resolves with the callback URL.
 * Providers have dropped `localhost` redirects (Spotify since 2025): use the IP literal.
 */
export async function startLoopbackCallback(
  options: { port?: number; path?: string; timeoutMs?: number } = {},
): Promise<LoopbackCallback> {
  const path = options.path ?? '/callback';
  let resolve: (url: URL) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const callback = new Promise<URL>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname !== path) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>fitlink</title><p>Connected. You can close this tab.</p>');
    resolve(url);
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ready());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const timer = setTimeout(
    () => reject(new Error('no authorization callback arrived in time')),
    options.timeoutMs ?? 5 * 60_000,
  );
  timer.unref();
  return {
    redirectUri: `http://127.0.0.1:${port}${path}`,
    callback,
    close: () =>
      new Promise((done) => {
        clearTimeout(timer);
        server.close(() => done());
      }),
  };
}
