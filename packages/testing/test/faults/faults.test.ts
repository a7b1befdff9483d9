import { describe, expect, it } from 'vitest';
import { createSandbox, SANDBOX_CLIENT } from '../../src/index.js';
import { useMsw } from '../helpers/msw.js';
import { bearer, tokenRequest } from '../helpers/oauth.js';

const sandbox = useMsw(() => createSandbox());

function items(token: string, path = '/v1/items'): Promise<Response> {
  return fetch(`${sandbox().api.baseUrl}${path}`, { headers: bearer(token) });
}

describe('fault knobs (in-process)', () => {
  it('answers 429 with Retry-After once, then normally', async () => {
    const { auth, faults } = sandbox();
    const token = auth.issueTokens().accessToken;
    faults.inject({
      kind: 'rate-limit',
      retryAfterSeconds: 7,
      headers: { 'X-RateLimit-Limit': '100' },
    });
    const limited = await items(token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('100');
    expect((await items(token)).status).toBe(200);
    expect(faults.stats.byKind['rate-limit']).toBe(1);
  });

  it('answers 500 the given number of times, then normally', async () => {
    const { auth, faults } = sandbox();
    const token = auth.issueTokens().accessToken;
    const injected = faults.inject({ kind: 'status', status: 500 }, { times: 2 });
    expect((await items(token)).status).toBe(500);
    expect(injected.remaining).toBe(1);
    const second = await items(token);
    expect(second.status).toBe(500);
    expect(await second.json()).toMatchObject({ error: 'server_error' });
    expect((await items(token)).status).toBe(200);
    expect(injected.served).toBe(2);
    expect(faults.pending).toEqual([]);
  });

  it('makes fetch reject on reset', async () => {
    const { auth, faults } = sandbox();
    faults.inject({ kind: 'reset' });
    await expect(items(auth.issueTokens().accessToken)).rejects.toThrow(TypeError);
    expect(faults.stats.served).toBe(1);
  });

  it('delays, then lets the request through on slow', async () => {
    const { auth, faults } = sandbox();
    faults.inject({ kind: 'slow', delayMs: 150 });
    const started = performance.now();
    const response = await items(auth.issueTokens().accessToken);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(30);
  });

  it('cuts the body mid-JSON on truncated', async () => {
    const { auth, faults, api } = sandbox();
    faults.inject({ kind: 'truncated' });
    const response = await items(auth.issueTokens().accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBeNull();
    const text = await response.text();
    expect(JSON.stringify(api.items.slice(0, 30)).startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('expires the presented token on expired-token, so a refresh recovers', async () => {
    const { auth, faults } = sandbox();
    const seeded = auth.issueTokens();
    faults.inject({ kind: 'expired-token' });
    const response = await items(seeded.accessToken);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_token' });
    expect((await items(seeded.accessToken)).status).toBe(401);
    const refreshed = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'refresh_token',
      refresh_token: seeded.refreshToken ?? '',
    });
    const body = (await refreshed.json()) as { access_token: string };
    expect((await items(body.access_token)).status).toBe(200);
  });

  it('revokes the grant on revoked-token, so a refresh fails', async () => {
    const { auth, faults } = sandbox();
    const seeded = auth.issueTokens();
    faults.inject({ kind: 'revoked-token' });
    expect((await items(seeded.accessToken)).status).toBe(401);
    const refreshed = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'refresh_token',
      refresh_token: seeded.refreshToken ?? '',
    });
    expect(await refreshed.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('matches by path prefix, URL prefix or predicate, and clears', async () => {
    const { auth, faults, api } = sandbox();
    const token = auth.issueTokens().accessToken;
    faults.inject(
      { kind: 'status', status: 503 },
      { match: '/v1/me', times: Number.POSITIVE_INFINITY },
    );
    expect((await items(token)).status).toBe(200);
    expect((await items(token, '/v1/me')).status).toBe(503);
    expect((await items(token, '/v1/me')).status).toBe(503);
    faults.clear();
    expect((await items(token, '/v1/me')).status).toBe(200);

    faults.inject({ kind: 'status', status: 502 }, { match: `${api.baseUrl}/v1/items?page=2` });
    faults.inject(
      { kind: 'status', status: 504 },
      { match: (url) => url.searchParams.has('page') },
    );
    expect((await items(token, '/v1/items?page=2')).status).toBe(502);
    expect((await items(token, '/v1/items?page=3')).status).toBe(504);
    const cancelled = faults.inject({ kind: 'reset' });
    cancelled.cancel();
    expect((await items(token)).status).toBe(200);
  });

  it('applies to the token endpoint too', async () => {
    const { auth, faults } = sandbox();
    faults.inject({ kind: 'status', status: 503 }, { match: '/oauth/token' });
    const fields = { grant_type: 'client_credentials' };
    expect((await tokenRequest(auth, SANDBOX_CLIENT, fields)).status).toBe(503);
    expect((await tokenRequest(auth, SANDBOX_CLIENT, fields)).status).toBe(200);
  });
});
