import { createMemoryRateBudgetStore } from '@fitlink/core';
import { createWhoopRateLimitPolicy } from '@fitlink/whoop';
import { describe, expect, it } from 'vitest';

const NOW = Date.parse('2026-11-22T12:00:10Z');
const request = (now: number) => ({ method: 'GET', path: '/developer/v2/cycle', now });

describe('createWhoopRateLimitPolicy with a shared budget', () => {
  it('three workers share the minute budget: the 11th request waits for the next minute', async () => {
    const store = createMemoryRateBudgetStore();
    const shared = { store, budget: 'whoop:app-1' };
    const workers = [1, 2, 3].map(() => createWhoopRateLimitPolicy({ minuteLimit: 10, shared }));
    for (let i = 0; i < 10; i++) {
      expect(await workers[i % 3]?.reserve(request(NOW))).toBeUndefined();
    }
    expect(await workers[1]?.reserve(request(NOW))).toEqual({ waitMs: 50_000, limit: 'minute' });
    expect(await workers[2]?.reserve(request(NOW + 50_000))).toBeUndefined();
  });

  it('raises the count from the remaining budget WHOOP states, and retries a 429 at its reset', async () => {
    const store = createMemoryRateBudgetStore();
    const policy = createWhoopRateLimitPolicy({ shared: { store, budget: 'whoop:app-1' } });
    const headers = new Headers({
      'X-RateLimit-Limit': '100, 100;window=60, 10000;window=86400',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '50',
    });
    await policy.observe({ status: 200, headers, request: request(NOW) });
    expect(await policy.reserve(request(NOW))).toEqual({ waitMs: 50_000, limit: 'minute' });
    expect(policy.retryAt({ status: 429, headers, request: request(NOW) })).toBe(NOW + 50_000);
  });
});
