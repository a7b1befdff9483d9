/**
 * A small cookie jar for one login (RFC 6265 §5.2–5.4, the parts Auth0's pages use): host-only
 * and domain cookies, paths, `Max-Age`/`Expires`. It lives only as long as one `login()` call
 * and is never persisted, so session cookies cannot leak into storage.
 */

interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly hostOnly: boolean;
  readonly path: string;
  readonly expiresAt: number | undefined;
}

/** A per-login cookie jar. */
export interface CookieJar {
  /** Stores the `Set-Cookie` headers of a response to a request for `url`. */
  store(url: URL, response: Response): void;
  /** The `Cookie` header for a request to `url`, or `undefined` when no cookie applies. */
  header(url: URL): string | undefined;
  /** A cookie's value by name, whatever its path (for `_csrf`), or `undefined`. */
  value(name: string, host: string): string | undefined;
  /** Every cookie value, to keep out of errors. */
  values(): string[];
}

function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/') || path.lastIndexOf('/') === 0) return '/';
  return path.slice(0, path.lastIndexOf('/'));
}

function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

function parse(line: string, url: URL, now: number): StoredCookie | 'delete' | undefined {
  const [pair = '', ...attributes] = line.split(';');
  const separator = pair.indexOf('=');
  if (separator <= 0) return undefined;
  const name = pair.slice(0, separator).trim();
  const value = pair.slice(separator + 1).trim();
  let domain: string | undefined;
  let path: string | undefined;
  let expiresAt: number | undefined;
  for (const attribute of attributes) {
    const [key = '', ...rest] = attribute.split('=');
    const attributeValue = rest.join('=').trim();
    switch (key.trim().toLowerCase()) {
      case 'domain':
        domain = attributeValue.replace(/^\./, '').toLowerCase() || undefined;
        break;
      case 'path':
        path = attributeValue.startsWith('/') ? attributeValue : undefined;
        break;
      case 'max-age': {
        const seconds = Number(attributeValue);
        if (Number.isFinite(seconds)) expiresAt = now + seconds * 1000;
        break;
      }
      case 'expires': {
        const date = Date.parse(attributeValue);
        if (!Number.isNaN(date) && expiresAt === undefined) expiresAt = date;
        break;
      }
    }
  }
  const host = url.hostname.toLowerCase();
  if (domain !== undefined && !domainMatches(host, domain)) return undefined;
  if (expiresAt !== undefined && expiresAt <= now) return 'delete';
  return {
    name,
    value,
    domain: domain ?? host,
    hostOnly: domain === undefined,
    path: path ?? defaultPath(url),
    expiresAt,
  };
}

/**
 * Creates an empty jar.
 *
 * @param now - Time source, epoch ms.
 */
export function createCookieJar(now: () => number): CookieJar {
  let cookies: StoredCookie[] = [];
  const live = () => cookies.filter((c) => c.expiresAt === undefined || c.expiresAt > now());
  return {
    store(url, response) {
      const host = url.hostname.toLowerCase();
      for (const line of response.headers.getSetCookie()) {
        const parsed = parse(line, url, now());
        if (parsed === undefined) continue;
        if (parsed === 'delete') {
          const name = line.split('=')[0]?.trim();
          cookies = cookies.filter((c) => !(c.name === name && domainMatches(host, c.domain)));
          continue;
        }
        cookies = cookies.filter(
          (c) => !(c.name === parsed.name && c.domain === parsed.domain && c.path === parsed.path),
        );
        cookies.push(parsed);
      }
    },
    header(url) {
      const host = url.hostname.toLowerCase();
      const secure = url.protocol === 'https:';
      const matching = live()
        .filter((c) => (c.hostOnly ? c.domain === host : domainMatches(host, c.domain)))
        .filter((c) => pathMatches(url.pathname, c.path))
        .filter(() => secure || url.hostname === '127.0.0.1' || url.hostname === 'localhost')
        // Longer paths first (RFC 6265 §5.4).
        .sort((left, right) => right.path.length - left.path.length);
      if (matching.length === 0) return undefined;
      return matching.map((c) => `${c.name}=${c.value}`).join('; ');
    },
    value(name, host) {
      return live().find((c) => c.name === name && domainMatches(host.toLowerCase(), c.domain))
        ?.value;
    },
    values: () => cookies.map((c) => c.value).filter((value) => value.length >= 4),
  };
}
