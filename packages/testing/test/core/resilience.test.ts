import { loadHttpTransport, MemoryTokenStore, ProviderError, RateLimitError } from '@fitlink/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sandboxApp, sandboxClient, useSandbox } from './harness.js';

// Fake timers below: load the HTTP layer first, so no request waits on a module load.
beforeAll(() => loadHttpTransport());

const sandbox = useSandbox();

async function connected() {
  const store = new MemoryTokenStore();
  const issued = sandbox.current.auth.issueTokens({
    clientId: 'sandbox-client',
    scope: 'read write',
  });
  await store.set('user-1', {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken ?? '',
    expiresAt: issued.expiresAt,
  });
  return { store, client: sandboxClient({ app: sandboxApp(), store, key: 'user-1' }) };
}

describe('retries and rate limits against the sandbox', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('honours Retry-After on a 429 (fake timers): no retry before the time, success after', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 30 },
      { match: '/v1/me' },
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let settled = false;
    const pending = client.request({ path: 'me' }).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(settled).toBe(false);
    expect(sandbox.current.faults.stats.byKind['rate-limit']).toBe(1);
    await vi.advanceTimersByTimeAsync(1_500);
    const result = await pending;
    expect(result.status).toBe(200);
  });

  it('throws RateLimitError with retryAt when the wait would exceed the caller bound', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 900 },
      { match: '/v1/me' },
    );
    const started = Date.now();
    const failure = await client
      .request({ path: 'me', maxRateLimitWaitMs: 60_000 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RateLimitError);
    const retryAt = (failure as RateLimitError).retryAt.getTime();
    expect(retryAt).toBeGreaterThanOrEqual(started + 900_000);
    expect(retryAt).toBeLessThan(started + 905_000);
  });

  it('a GET answered 500 then 200 succeeds', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject({ kind: 'status', status: 500 }, { match: '/v1/items' });
    const result = await client.request({ path: 'items', query: { per_page: 5 } });
    expect(result.status).toBe(200);
    expect(sandbox.current.faults.stats.byKind.status).toBe(1);
  });

  it('a POST answered 500 is not retried', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject({ kind: 'status', status: 500 }, { match: '/v1/items' });
    const failure = await client
      .request({ method: 'POST', path: 'items', json: { name: 'x' } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).status).toBe(500);
    expect(sandbox.current.api.created).toHaveLength(0);
  });

  it('a GET survives a connection reset', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject({ kind: 'reset' }, { match: '/v1/me' });
    expect((await client.request({ path: 'me' })).status).toBe(200);
  });

  it('a GET whose body is truncated once is retried and succeeds', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject({ kind: 'truncated' }, { match: '/v1/items' });
    const result = await client.request({ path: 'items' });
    expect(result.status).toBe(200);
    expect(sandbox.current.faults.stats.byKind.truncated).toBe(1);
  });

  it('a body truncated on every attempt is a ProviderError with code invalid_body, not a crash', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject({ kind: 'truncated' }, { match: '/v1/items', times: 3 });
    const failure = await client.request({ path: 'items' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ code: 'invalid_body', status: 200 });
    expect(sandbox.current.faults.stats.byKind.truncated).toBe(3);
  });

  it('an expired-token fault triggers one refresh and a successful retry', async () => {
    const { client } = await connected();
    sandbox.current.faults.inject({ kind: 'expired-token' }, { match: '/v1/me' });
    expect((await client.request({ path: 'me' })).status).toBe(200);
    expect(sandbox.current.auth.stats.refreshRequests).toBe(1);
  });

  it('times out a slow answer with a timeout error, and a caller abort ends a rate-limit wait', async () => {
    const { client } = await connected();
    // A GET that times out is retried like a 5xx (default limit 2): slow on all three attempts.
    sandbox.current.faults.inject({ kind: 'slow', delayMs: 500 }, { match: '/v1/me', times: 3 });
    await expect(client.request({ path: 'me', timeoutMs: 50 })).rejects.toMatchObject({
      code: 'timeout',
    });
    expect(sandbox.current.faults.stats.byKind.slow).toBe(3);
    sandbox.current.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 30 },
      { match: '/v1/me' },
    );
    const controller = new AbortController();
    const pending = client.request({ path: 'me', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });
});
