import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type AsyncRateLimitPolicy,
  createHttpClient,
  isPromiseLike,
  RateLimitError,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'https://api.test.invalid/v1/';
/** Resolves after a macrotask, as a round trip to Redis or PostgreSQL would. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/** A budget "kept elsewhere": every read and write of it takes a tick. */
function sharedBudget(log: string[]) {
  const state = { remaining: Number.POSITIVE_INFINITY, resetAt: 0 };
  const policy: AsyncRateLimitPolicy = {
    async reserve({ now }) {
      log.push('reserve');
      await tick();
      if (state.remaining > 0) return undefined;
      return { waitMs: state.resetAt - now, limit: 'shared' };
    },
    async observe({ headers }) {
      log.push('observe:start');
      await tick();
      const remaining = headers.get('x-budget-remaining');
      if (remaining !== null) state.remaining = Number(remaining);
      state.resetAt = Number(headers.get('x-budget-reset') ?? 0);
      log.push('observe:end');
    },
    retryAt: () => undefined,
  };
  return { policy, state };
}

describe('an asynchronous rate-limit policy', () => {
  it('is awaited: observe settles before the next reserve, whose wait is honoured', async () => {
    const clock = createFakeClock();
    const resetAt = clock.now() + 42_000;
    let calls = 0;
    server.use(
      http.get(`${base}items`, () => {
        calls++;
        const headers = {
          'x-budget-remaining': calls === 1 ? '0' : '5',
          'x-budget-reset': String(resetAt),
        };
        return calls === 1
          ? new HttpResponse(null, { status: 503, headers })
          : HttpResponse.json({ ok: true }, { headers });
      }),
    );
    const log: string[] = [];
    const { policy } = sharedBudget(log);
    const client = createHttpClient({ provider: 'test', baseUrl: base, clock, rateLimit: policy });
    const result = await client.request({ path: 'items' });
    expect(result.data).toEqual({ ok: true });
    expect(calls).toBe(2);
    expect(log).toEqual([
      'reserve',
      'observe:start',
      'observe:end',
      'reserve',
      'observe:start',
      'observe:end',
    ]);
    // The 503's backoff, then the budget wait the second reserve read from the first answer.
    expect(clock.waits).toHaveLength(2);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(250);
    expect(clock.waits[0]).toBeLessThanOrEqual(500);
    expect(clock.waits[1]).toBe(42_000 - clock.waits[0]!);
  });

  it('throws RateLimitError without sending when the shared budget is spent past the bound', async () => {
    let calls = 0;
    server.use(
      http.get(`${base}items`, () => {
        calls++;
        return HttpResponse.json({});
      }),
    );
    const clock = createFakeClock();
    const rateLimit: AsyncRateLimitPolicy = {
      async reserve() {
        await tick();
        return { waitMs: 120_000, limit: 'shared-daily' };
      },
      observe: async () => undefined,
      retryAt: () => undefined,
    };
    const client = createHttpClient({ provider: 'test', baseUrl: base, clock, rateLimit });
    const failure = await client.request({ path: 'items' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RateLimitError);
    expect(failure).toMatchObject({ limit: 'shared-daily' });
    expect((failure as RateLimitError).retryAt.getTime()).toBe(clock.now() + 120_000);
    expect(calls).toBe(0);
    expect(clock.waits).toEqual([]);
  });

  it('fails the call with the error of a rejected reserve (the shared store is down)', async () => {
    const down = new Error('budget store unreachable');
    const rateLimit: AsyncRateLimitPolicy = {
      reserve: () => Promise.reject(down),
      observe: () => undefined,
      retryAt: () => undefined,
    };
    const client = createHttpClient({ provider: 'test', baseUrl: base, rateLimit });
    await expect(client.request({ path: 'items' })).rejects.toBe(down);
  });

  it('tells promises from immediate answers', () => {
    expect(isPromiseLike(Promise.resolve(1))).toBe(true);
    expect(isPromiseLike(Promise.reject(new Error('no')).catch(() => 1))).toBe(true);
    expect(isPromiseLike(undefined)).toBe(false);
    expect(isPromiseLike({ waitMs: 1, limit: 'x' })).toBe(false);
  });
});
