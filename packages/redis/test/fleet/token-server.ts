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
 * presented again revokes the grant), short-lived access tokens, and `GET /me` checking them.
 */
export async function startTokenServer(accessTtlMs: number) {
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
    request.on('end', () => {
      if (request.url === '/token') {
        stats.refreshes++;
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
        retired.add(presented);
        const next = issue();
        currentRefresh = next.refreshToken;
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
