import {
  FitlinkError,
  loadHttpTransport,
  MemoryTokenStore,
  ProviderError,
  type RetryEvent,
} from '@fitlink/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createFakeClock, createSandbox, type Sandbox } from '../../src/index.js';
import { sandboxApp, sandboxClient } from './harness.js';

// Fake timers below: load the HTTP layer first, so no request waits on a module load.
beforeAll(() => loadHttpTransport());

// Body faults against the sandbox's API, through its knobs: `truncated` (a complete body cut in
// half), `slow` (a delay before the headers), `reset` (a network error before any answer),
// `stalled-body` (headers and the start of the body, then nothing) and `body-reset` (headers
// and the start of the body, then the connection drops).
// Timeouts run on vitest's fake timers; backoff waits on the client's fake clock with
// Math.random pinned to 0.5 (jittered delays 375 ms, then 750 ms).

let sandbox: Sandbox = createSandbox();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sandbox = createSandbox();
  server.resetHandlers(...sandbox.handlers);
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => vi.useRealTimers());
afterAll(() => server.close());

const itemList = z.array(z.looseObject({ id: z.string() }));

async function connected() {
  const store = new MemoryTokenStore();
  const issued = sandbox.auth.issueTokens({ clientId: 'sandbox-client', scope: 'read write' });
  await store.set('user-1', {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken ?? '',
    expiresAt: issued.expiresAt,
  });
  const clock = createFakeClock();
  const retries: RetryEvent[] = [];
  const client = sandboxClient({
    app: sandboxApp(),
    store,
    key: 'user-1',
    settings: { clock, hooks: { onRetry: (event) => retries.push(event) } },
  });
  return { client, clock, retries };
}

/** The sandbox's real answer with its body cut after 10 bytes: stalled, or reset. */
function breakBodies(kind: 'stall' | 'reset', times: number) {
  const fault = kind === 'stall' ? 'stalled-body' : 'body-reset';
  sandbox.faults.inject({ kind: fault, afterBytes: 10 }, { match: '/v1/items', times });
  const before = sandbox.faults.stats.byKind[fault];
  return { count: () => sandbox.faults.stats.byKind[fault] - before };
}

function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

describe('body faults against the sandbox', () => {
  it('a GET truncated twice is retried and the third answer is read: waits 375 and 750 ms', async () => {
    const { client, clock, retries } = await connected();
    sandbox.faults.inject({ kind: 'truncated' }, { match: '/v1/items', times: 2 });
    const result = await client.request({ path: 'items', schema: itemList });
    expect(result.data.length).toBeGreaterThan(0);
    expect(sandbox.faults.stats.byKind.truncated).toBe(2);
    expect(clock.sleeps).toEqual([375, 750]);
    expect(retries.map((event) => event.reason)).toEqual(['invalid-body', 'invalid-body']);
  });

  it('a POST truncated is not retried: one item created, ProviderError invalid_body', async () => {
    const { client, clock } = await connected();
    sandbox.faults.inject({ kind: 'truncated' }, { match: '/v1/items' });
    const failure = await client
      .request({ method: 'POST', path: 'items', json: { name: 'once' } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ code: 'invalid_body', status: 201 });
    expect(sandbox.api.created).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a POST answered with a reset is not retried: nothing created, a network FitlinkError', async () => {
    const { client } = await connected();
    sandbox.faults.inject({ kind: 'reset' }, { match: '/v1/items' });
    await expect(
      client.request({ method: 'POST', path: 'items', json: { name: 'x' } }),
    ).rejects.toMatchObject({ code: 'network' });
    expect(sandbox.api.created).toHaveLength(0);
    expect(sandbox.faults.stats.byKind.reset).toBe(1);
  });

  it('a slow answer times out at timeoutMs per attempt and a GET is retried (3 × 200 ms)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, clock } = await connected();
    sandbox.faults.inject({ kind: 'slow', delayMs: 5_000 }, { match: '/v1/items', times: 3 });
    const state = track(client.request({ path: 'items', timeoutMs: 200 }));
    await vi.advanceTimersByTimeAsync(599);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.error).toMatchObject({ code: 'timeout' });
    expect(sandbox.faults.stats.byKind.slow).toBe(3);
    expect(clock.sleeps).toEqual([375, 750]);
  });

  it('a body that stalls after the headers times out at timeoutMs; once stalled, the retry succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, clock } = await connected();
    const stalls = breakBodies('stall', 1);
    const state = track(client.request({ path: 'items', schema: itemList, timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(299);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.settled).toBe(true);
    expect(state.error).toBeUndefined();
    expect(state.value?.data.length).toBeGreaterThan(0);
    expect(stalls.count()).toBe(1);
    expect(clock.sleeps).toEqual([375]);
  });

  it('a body that keeps stalling ends in a timeout FitlinkError after 3 attempts (900 ms)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client } = await connected();
    const stalls = breakBodies('stall', 3);
    const state = track(client.request({ path: 'items', timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(899);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.error).toBeInstanceOf(FitlinkError);
    expect(state.error).toMatchObject({ code: 'timeout' });
    expect(stalls.count()).toBe(3);
  });

  it('a reset mid-body is a network FitlinkError (never TypeError: terminated), retried on a GET', async () => {
    const { client, retries } = await connected();
    const resets = breakBodies('reset', 3);
    const failure = await client.request({ path: 'items' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({ code: 'network' });
    expect((failure as { cause: Error }).cause).toMatchObject({ message: 'terminated' });
    expect(resets.count()).toBe(3);
    expect(retries.map((event) => event.reason)).toEqual(['network', 'network']);
    breakBodies('reset', 1);
    expect((await client.request({ path: 'items', schema: itemList })).status).toBe(200);
  });
});
