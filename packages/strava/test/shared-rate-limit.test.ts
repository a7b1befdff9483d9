import { createMemoryRateBudgetStore } from '@fitlink/core';
import {
  createStravaRateLimitPolicy,
  nextStravaMidnight,
  nextStravaQuarter,
} from '@fitlink/strava';
import { describe, expect, it } from 'vitest';
import { NOW } from './helpers.js';

const request = (now: number, method = 'GET', path = '/api/v3/athlete') => ({ method, path, now });

describe('createStravaRateLimitPolicy with a shared budget', () => {
  it('two workers draw on one read budget: the 101st read waits for the quarter hour', async () => {
    const store = createMemoryRateBudgetStore();
    const shared = { store, budget: 'strava:app-1' };
    const workers = [
      createStravaRateLimitPolicy({ shared }),
      createStravaRateLimitPolicy({ shared }),
    ];
    for (let i = 0; i < 100; i++) {
      expect(await workers[i % 2]?.reserve(request(NOW))).toBeUndefined();
    }
    expect(await workers[0]?.reserve(request(NOW))).toEqual({
      waitMs: nextStravaQuarter(NOW) - NOW,
      limit: 'read-short',
    });
    // Uploads draw on the overall budget only, which has room left.
    expect(await workers[1]?.reserve(request(NOW, 'POST', '/api/v3/uploads'))).toBeUndefined();
  });

  it('raises the shared count to the usage Strava states and fails at once on a spent day', async () => {
    const store = createMemoryRateBudgetStore();
    const policy = createStravaRateLimitPolicy({ shared: { store, budget: 'strava:app-1' } });
    const headers = new Headers({
      'X-RateLimit-Limit': '200,2000',
      'X-RateLimit-Usage': '10,2000',
      'X-ReadRateLimit-Limit': '100,1000',
      'X-ReadRateLimit-Usage': '10,900',
    });
    await policy.observe({ status: 200, headers, request: request(NOW) });
    expect(await policy.reserve(request(NOW + 1))).toEqual({
      waitMs: nextStravaMidnight(NOW) - NOW - 1,
      limit: 'daily',
      fatal: true,
    });
    expect(policy.retryAt({ status: 429, headers, request: request(NOW) })).toBe(
      nextStravaMidnight(NOW),
    );
  });

  it('without a shared store the policy stays synchronous, as before', () => {
    const policy = createStravaRateLimitPolicy();
    expect(policy.reserve(request(NOW))).toBeUndefined();
  });
});
