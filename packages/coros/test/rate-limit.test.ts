import { createCorosRateLimitPolicy } from '@fitlink/coros';
import { describe, expect, it } from 'vitest';

const request = (now: number) => ({ now, method: 'GET', path: '/coros/bindState' });

describe('createCorosRateLimitPolicy', () => {
  it('lets 60 requests through in a minute, then spaces the next into the next minute', () => {
    const policy = createCorosRateLimitPolicy();
    for (let index = 0; index < 60; index++)
      expect(policy.reserve(request(1000 + index))).toBeUndefined();
    expect(policy.reserve(request(2000))).toEqual({ waitMs: 59_000, limit: 'minute' });
  });

  it('a 429 with Retry-After blocks every request until then', () => {
    const policy = createCorosRateLimitPolicy({ requestsPerMinute: 100 });
    policy.observe({
      status: 429,
      headers: new Headers({ 'retry-after': '30' }),
      request: request(0),
    });
    expect(policy.reserve(request(10_000))).toEqual({ waitMs: 20_000, limit: 'retry-after' });
  });
});
