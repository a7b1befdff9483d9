import { SANDBOX_ORIGIN_HEADER } from './sandbox-origin-header.js';

/** Settings of {@link createLoopbackFetch}. */
export interface LoopbackFetchOptions {
  /** Base URL of the loopback server, e.g. `http://127.0.0.1:53123`. */
  readonly target: string;
  /** Hosts (`host[:port]`) to route to the loopback server. */
  readonly hosts: ReadonlySet<string>;
  /** Also route every `https:` URL, whatever its host. */
  readonly routeAllHttps: boolean;
  /** The fetch that does the real work. */
  readonly fetch: typeof globalThis.fetch;
}

const MAX_REDIRECTS = 20;

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/**
 * A fetch that sends sandbox URLs to the loopback server (`http://127.0.0.1:<port>` + path +
 * query, original origin in {@link SANDBOX_ORIGIN_HEADER}). It never lets a redirect reach
 * the real host: with `redirect: 'manual'` the 3xx comes back to the caller as is; with
 * `'follow'` it is followed here, through the loopback again when the target is routed.
 *
 * @example
 * ```ts
 * const fetch = createLoopbackFetch({ target: server.url, hosts: sandbox.hosts, routeAllHttps: true, fetch: globalThis.fetch });
 * ```
 */
export function createLoopbackFetch(options: LoopbackFetchOptions): typeof globalThis.fetch {
  const base = options.fetch;
  const routed = (url: URL) =>
    options.hosts.has(url.host) || (options.routeAllHttps && url.protocol === 'https:');

  return async (input, init) => {
    const original = new Request(input, init);
    let url = new URL(original.url);
    if (!routed(url)) return base(input, init);
    const mode = original.redirect;
    let method = original.method;
    const headers = new Headers(original.headers);
    let body = original.body === null ? undefined : await original.arrayBuffer();

    for (let hops = 0; ; hops += 1) {
      const request = { method, headers, signal: original.signal, ...(body ? { body } : {}) };
      if (!routed(url)) return base(url, { ...request, redirect: mode });
      headers.set(SANDBOX_ORIGIN_HEADER, url.origin);
      const target = new URL(`${url.pathname}${url.search}`, options.target);
      const response = await base(target, { ...request, redirect: 'manual' });
      const location = response.headers.get('location');
      if (mode === 'manual' || !isRedirect(response.status) || location === null) {
        Object.defineProperty(response, 'url', { value: url.href });
        return response;
      }
      await response.body?.cancel();
      if (mode === 'error')
        throw new TypeError(`fetch: redirect to ${location} with redirect: 'error'`);
      if (hops >= MAX_REDIRECTS) throw new TypeError('fetch: too many redirects');
      const next = new URL(location, url);
      // Fetch standard "HTTP-redirect fetch": 303, and 301/302 after POST, become a body-less GET.
      const status = response.status;
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        headers.delete('content-type');
      }
      if (next.origin !== url.origin) headers.delete('authorization');
      headers.delete(SANDBOX_ORIGIN_HEADER);
      url = next;
    }
  };
}
