import { createGarminRateLimitPolicy } from '@fitlink/garmin';
import { describe, expect, it } from 'vitest';

describe('createGarminRateLimitPolicy', () => {
  it('spaces requests beyond the per-minute budget and honours Retry-After', () => {
    const policy = createGarminRateLimitPolicy({ requestsPerMinute: 3 });
    const now = 1_000_000;
    const waits = [0, 1, 2, 3].map(
      (i) => policy.reserve({ now: now + i, method: 'GET', path: '/user/id' })?.waitMs ?? 0,
    );
    expect(waits).toEqual([0, 0, 0, 59_997]);
    const request = { now, method: 'GET', path: '/user/id' };
    policy.observe?.({
      status: 429,
      headers: new Headers({ 'retry-after': '120' }),
      request,
    } as never);
    expect(
      policy.reserve({ now: now + 10, method: 'GET', path: '/user/id' })?.waitMs,
    ).toBeGreaterThanOrEqual(119_990);
  });
});
