/**
 * The fitlink quickstart, offline: connects a user through the sandbox's fake authorization
 * server on 127.0.0.1 with the real OAuth code path (authorization URL → consent → callback →
 * code exchange with PKCE), calls a protected endpoint, pages through a list, then survives an
 * expired token, a 429 with Retry-After and a 500.
 *
 * Run: `pnpm demo` (no credentials, no network).
 */
import {
  connectionAuth,
  createHeaderRateLimitPolicy,
  createHttpClient,
  createOAuth2App,
  EncryptedTokenStore,
  generateTokenKey,
  type HttpEvent,
  MemoryStringStore,
  pagePaging,
} from '@fitlink/core';
import {
  createSandbox,
  SANDBOX_API_BASE_URL,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';
import * as z from 'zod/mini';

const started = performance.now();
const step = (text: string) => console.log(`\n▸ ${text}`);
const detail = (text: string) => console.log(`  ${text}`);

const sandbox = createSandbox();
const server = await startSandboxServer(sandbox);
console.log(`fitlink demo — sandbox listening on ${server.url} (offline, no credentials)`);

try {
  const events: HttpEvent[] = [];
  const hooks = {
    onRetry: (event: HttpEvent) => events.push(event),
    onRefresh: (event: HttpEvent) => events.push(event),
  };

  step('Connect a user (OAuth 2 authorization code + PKCE S256 + state)');
  const app = createOAuth2App({
    provider: 'sandbox',
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    scopes: ['read', 'write'],
    endpoints: {
      authorizationEndpoint: sandbox.auth.endpoints.authorization,
      tokenEndpoint: sandbox.auth.endpoints.token,
      revocationEndpoint: sandbox.auth.endpoints.revocation,
    },
    fetch: server.fetch,
  });
  const authorization = await app.createAuthorization();
  detail(
    `authorization URL: ${authorization.url.origin}${authorization.url.pathname}?… (code_challenge_method=${authorization.url.searchParams.get('code_challenge_method')})`,
  );
  const callback = await followAuthorization(authorization.url, server.fetch);
  detail(`consent given; callback: ${callback.origin}${callback.pathname}?code=…&state=…`);
  const tokens = await app.exchangeCode({
    callback,
    state: authorization.state,
    ...(authorization.codeVerifier ? { codeVerifier: authorization.codeVerifier } : {}),
  });
  detail(
    `tokens received: scope ${tokens.scope?.join(' ')}, expires ${new Date(tokens.expiresAt ?? 0).toISOString()}`,
  );

  // Tokens are kept encrypted at rest (AES-256-GCM); a real app passes its own key and backend.
  const backend = new MemoryStringStore();
  const store = new EncryptedTokenStore({
    backend,
    keys: [{ id: 'demo-key-1', key: generateTokenKey() }],
  });
  await store.set('demo-user', tokens);
  const stored = (await backend.get('demo-user')) ?? '';
  detail(
    `stored encrypted: ${stored.slice(0, 32)}… (${stored.includes(tokens.accessToken) ? 'PLAINTEXT!' : 'no plaintext token'})`,
  );

  const http = createHttpClient({
    provider: 'sandbox',
    baseUrl: `${SANDBOX_API_BASE_URL}/v1/`,
    fetch: server.fetch,
    hooks,
    retry: { baseDelayMs: 200 },
    rateLimit: createHeaderRateLimitPolicy(),
    auth: connectionAuth({ provider: 'sandbox', store, key: 'demo-user', refresher: app, hooks }),
  });
  const meSchema = z.looseObject({ id: z.string(), name: z.string() });

  step('Call a protected endpoint');
  const me = await http.request({ path: 'me', schema: meSchema });
  detail(`GET /v1/me → ${me.status}: ${me.data.name} (${me.data.id})`);

  step('Page through a list with an async iterator, stopping early');
  const items = pagePaging({
    pageSize: 100,
    fetch: async (page, pageSize, signal) =>
      (
        await http.request({
          path: 'items',
          query: { page, per_page: pageSize },
          schema: z.array(z.looseObject({ id: z.union([z.string(), z.number()]) })),
          ...(signal ? { signal } : {}),
        })
      ).data,
  });
  let count = 0;
  for await (const _item of items) {
    if (++count === 150) break;
  }
  detail(
    `read ${count} items over 2 pages, then stopped; resumable cursor: ${JSON.stringify(items.cursor)}`,
  );

  step('Survive an expired access token');
  const expired = sandbox.auth.expireAllAccessTokens();
  detail(`the sandbox expired ${expired} access token(s)`);
  const again = await http.request({ path: 'me', schema: meSchema });
  const refreshed = events.filter((event) => event.type === 'refresh').length;
  detail(
    `GET /v1/me → 401 → refresh (${refreshed} refresh, rotated refresh token stored first) → retry → ${again.status}`,
  );

  step('Survive a 429 with Retry-After');
  sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 2 }, { match: '/v1/me' });
  const before = performance.now();
  const limited = await http.request({ path: 'me', schema: meSchema });
  detail(
    `GET /v1/me → 429 (Retry-After: 2) → waited ${((performance.now() - before) / 1000).toFixed(1)} s → ${limited.status}`,
  );

  step('Survive a 500 on an idempotent request');
  sandbox.faults.inject({ kind: 'status', status: 500 }, { match: '/v1/me' });
  const recovered = await http.request({ path: 'me', schema: meSchema });
  detail(`GET /v1/me → 500 → jittered backoff → ${recovered.status}`);

  const retries = events
    .filter((event) => event.type === 'retry')
    .map((event) => (event.type === 'retry' ? event.reason : ''));
  console.log('\nSummary');
  console.log(
    `  connection     : connected through the fake authorization server (PKCE S256, state checked)`,
  );
  console.log(
    `  token refreshes: ${sandbox.auth.stats.refreshRequests} (invalid_grant: ${sandbox.auth.stats.invalidGrantCount})`,
  );
  console.log(`  retries        : ${retries.join(', ')}`);
  console.log(`  faults served  : ${sandbox.faults.stats.served}`);
  console.log(`  finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await server.close();
}
