/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import type { Sandbox } from '../sandbox/create-sandbox.js';
import { toFetchRequest } from './incoming-request.js';
import { createLoopbackFetch } from './loopback-fetch.js';
import { writeResponse } from './write-response.js';

/** Settings of {@link startSandboxServer}. */
export interface SandboxServerOptions {
  /**
   * Port to listen on; `0` picks a free one.
   * @defaultValue `0`
   */
  readonly port?: number;
  /**
   * Interface to listen on.
   * @defaultValue `'127.0.0.1'`
   */
  readonly host?: string;
  /**
   * Route every `https:` URL through the loopback server, not only the sandbox's hosts.
   * @defaultValue `true`
   */
  readonly routeAllHttps?: boolean;
  /**
   * The fetch the returned `fetch` uses underneath.
   * @defaultValue `globalThis.fetch`
   */
  readonly fetch?: typeof globalThis.fetch;
}

/** A running loopback sandbox server. */
export interface SandboxServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The port listened on. */
  readonly port: number;
  /** A fetch that routes sandbox hosts here; hand it to clients through their `fetch` setting. */
  readonly fetch: typeof globalThis.fetch;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

async function handle(
  sandbox: Sandbox,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const request = await toFetchRequest(incoming, new URL(sandbox.api.baseUrl).origin);
  const response =
    (await getResponse(sandbox.handlers, request)) ??
    Response.json(
      {
        error: 'not_found',
        error_description: `No sandbox handler for ${request.method} ${request.url}`,
      },
      { status: 404 },
    );
  await writeResponse(response, outgoing, request.method);
}

/**
 * Serves a sandbox over real HTTP on 127.0.0.1: each request runs through the same msw
 * handlers as in-process mode. Requests without {@link SANDBOX_ORIGIN_HEADER} are taken as
 * requests to the demo API.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox();
 * const server = await startSandboxServer(sandbox);
 * const me = await server.fetch('https://api.sandbox.fitlink.test/v1/me', { headers });
 * await server.close();
 * ```
 */
export async function startSandboxServer(
  sandbox: Sandbox,
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((incoming, outgoing) => {
    handle(sandbox, incoming, outgoing).catch((error: unknown) => {
      if (outgoing.headersSent) return void outgoing.destroy();
      const message = error instanceof Error ? error.message : String(error);
      outgoing.writeHead(500, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ error: 'sandbox_error', error_description: message }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    fetch: createLoopbackFetch({
      target: url,
      hosts: sandbox.hosts,
      routeAllHttps: options.routeAllHttps ?? true,
      fetch: options.fetch ?? globalThis.fetch,
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
