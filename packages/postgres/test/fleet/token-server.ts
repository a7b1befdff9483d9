import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Counters of {@link startTokenServer}. */
export interface TokenServerStats {
  refreshes: number;
  invalidGrant: number;
  reuse: number;
  apiCalls: number;
  unauthorized: number;
}

/**
 * A token endpoint with rotating refresh tokens and reuse detection (a retired refresh token
 * presented again revokes the grant; `rotate: false` returns the presented one), short-lived
 * access tokens, and `GET /me` checking them. `holdFirstRefresh` holds the first token request
 * until `releaseFirst()`.
 */
export async function startTokenServer(
  accessTtlMs: number,
  options: { rotate?: boolean; holdFirstRefresh?: boolean } = {},
) {
  const rotate = options.rotate ?? true;
  let releaseFirst: () => void = () => {};
  const firstReleased = new Promise<void>((resolve) => {
    releaseFirst = resolve;
  });
  let firstArrived: () => void = () => {};
  const firstReceived = new Promise<void>((resolve) => {
    firstArrived = resolve;
  });
  const stats: TokenServerStats = {
    refreshes: 0,
    invalidGrant: 0,
    reuse: 0,
    apiCalls: 0,
    unauthorized: 0,
  };
  let serial = 0;
  let currentRefresh = `r${serial}`;
  const retired = new Set<string>();
  let revoked = false;
  const access = new Map<string, number>();
  const issue = () => {
    serial++;
    const accessToken = `a${serial}`;
    const expiresAt = Date.now() + accessTtlMs;
    access.set(accessToken, expiresAt);
    return { accessToken, refreshToken: `r${serial}`, expiresAt };
  };
  const seed = issue();
  currentRefresh = seed.refreshToken;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', async () => {
      if (request.url === '/token') {
        stats.refreshes++;
        if (options.holdFirstRefresh && stats.refreshes === 1) {
          firstArrived();
          await firstReleased;
        }
        const presented = new URLSearchParams(body).get('refresh_token') ?? '';
        if (revoked || presented !== currentRefresh) {
          if (retired.has(presented)) {
            stats.reuse++;
            revoked = true;
          }
          stats.invalidGrant++;
          response.writeHead(400, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: 'invalid_grant' }));
          return;
        }
        const next = issue();
        if (rotate) {
          retired.add(presented);
          currentRefresh = next.refreshToken;
        } else next.refreshToken = presented;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(next));
        return;
      }
      stats.apiCalls++;
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const expiresAt = access.get(token);
      if (revoked || expiresAt === undefined || expiresAt <= Date.now()) {
        stats.unauthorized++;
        response.writeHead(401);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    seed,
    /** Resolves when the first token request arrived (it is held, with `holdFirstRefresh`). */
    firstReceived,
    /** Lets the held first token request be answered. */
    releaseFirst: () => releaseFirst(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
