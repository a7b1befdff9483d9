import { createGoogleHealthRateLimitPolicy } from '@fitlink/google-health';
import { describe, expect, it } from 'vitest';

describe('createGoogleHealthRateLimitPolicy', () => {
  it('leaves requests unspaced by default', () => {
    const policy = createGoogleHealthRateLimitPolicy();
    for (let i = 0; i < 50; i += 1)
      expect(policy.reserve({ now: 1000, endpoint: 'GET /x' } as never)).toBeUndefined();
  });

  it('spaces requests to the project’s per-minute quota', () => {
    const policy = createGoogleHealthRateLimitPolicy({ requestsPerMinute: 600 });
    const waits = Array.from(
      { length: 5 },
      () => policy.reserve({ now: 1000, endpoint: 'GET /x' } as never)?.waitMs ?? 0,
    );
    expect(waits).toEqual([0, 100, 200, 300, 400]);
  });
});
