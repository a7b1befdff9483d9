import { describe, expect, it } from 'vitest';
import {
  createMemoryRateBudgetStore,
  createSharedRateLimitPolicy,
  type RateLimitRequest,
  windowStartOf,
} from '../../src/index.js';

const T0 = Date.parse('2026-12-02T08:00:00Z');
const request = (now: number): RateLimitRequest => ({ method: 'GET', path: '/x', now });
const window = (name: string, limit: number, windowMs: number, now = T0) => ({
  name,
  limit,
  windowMs,
  windowStart: windowStartOf(now, windowMs),
});

describe('createMemoryRateBudgetStore', () => {
  it('grants up to the limit, then names the spent window and counts nothing', async () => {
    const store = createMemoryRateBudgetStore();
    const windows = [window('short', 3, 900_000), window('daily', 5, 86_400_000)];
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await store.take('app', windows));
    expect(answers.map((answer) => answer.granted)).toEqual([true, true, true, false]);
    expect(answers[3]).toEqual({ granted: false, spent: 'short' });
    // The next quarter hour has room again; the daily window counted 3, not 4.
    const next = [window('short', 3, 900_000, T0 + 900_000), window('daily', 5, 86_400_000)];
    expect(await store.take('app', next)).toEqual({ granted: true });
    expect(await store.take('app', next)).toEqual({ granted: true });
    expect(await store.take('app', next)).toEqual({ granted: false, spent: 'daily' });
  });

  it('keeps budgets apart and raises counts to stated usage, never lowers them', async () => {
    const store = createMemoryRateBudgetStore();
    const short = window('short', 10, 900_000);
    await store.raise('a', [{ window: short, used: 10 }]);
    expect(await store.take('a', [short])).toEqual({ granted: false, spent: 'short' });
    expect(await store.take('b', [short])).toEqual({ granted: true });
    await store.raise('b', [{ window: short, used: 0 }]);
    await store.raise('b', [{ window: short, used: 9 }]);
    expect(await store.take('b', [short])).toEqual({ granted: true });
    expect(await store.take('b', [short])).toEqual({ granted: false, spent: 'short' });
  });

  it('refuses a window without a length with a typed error', async () => {
    const store = createMemoryRateBudgetStore();
    await expect(store.take('a', [window('bad', 1, 0)])).rejects.toMatchObject({
      code: 'invalid_argument',
    });
  });
});

describe('createSharedRateLimitPolicy', () => {
  const policyOver = (store = createMemoryRateBudgetStore()) =>
    createSharedRateLimitPolicy({
      store,
      budget: 'example:app',
      windows: () => [
        { name: 'minute', limit: 2, windowMs: 60_000 },
        { name: 'daily', limit: 3, windowMs: 86_400_000, fatal: true },
      ],
      stated: (response) => {
        const used = Number(response.headers.get('x-used'));
        return Number.isFinite(used) ? [{ name: 'minute', used }] : [];
      },
      retryAt: () => undefined,
    });

  it('two policies on one store share the budget: waits for the window end, fatal for the day', async () => {
    const store = createMemoryRateBudgetStore();
    const a = policyOver(store);
    const b = policyOver(store);
    const now = T0 + 15_000;
    expect(await a.reserve(request(now))).toBeUndefined();
    expect(await b.reserve(request(now))).toBeUndefined();
    expect(await a.reserve(request(now))).toEqual({ waitMs: 45_000, limit: 'minute' });
    expect(await b.reserve(request(T0 + 60_000))).toBeUndefined();
    expect(await a.reserve(request(T0 + 120_000))).toEqual({
      waitMs: windowStartOf(T0, 86_400_000) + 86_400_000 - (T0 + 120_000),
      limit: 'daily',
      fatal: true,
    });
  });

  it('learns stated usage through observe', async () => {
    const store = createMemoryRateBudgetStore();
    const policy = policyOver(store);
    await policy.observe({
      status: 200,
      headers: new Headers({ 'x-used': '2' }),
      request: request(T0),
    });
    expect(await policy.reserve(request(T0 + 1))).toEqual({ waitMs: 59_999, limit: 'minute' });
  });
});
