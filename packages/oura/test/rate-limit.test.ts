import { createOuraRateLimitPolicy } from '@fitlink/oura';
import { createFakeClock } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, ouraPlugin } from './helpers.js';

describe('createOuraRateLimitPolicy', () => {
  it('retries a 429 at Retry-After, else at X-RateLimit-Reset (epoch seconds)', () => {
    const policy = createOuraRateLimitPolicy();
    const request = { method: 'GET', path: '/v2/usercollection/workout', now: 1_795_000_000_000 };
    expect(
      policy.retryAt?.({ status: 429, headers: new Headers({ 'retry-after': '42' }), request }),
    ).toBe(1_795_000_042_000);
    expect(
      policy.retryAt?.({
        status: 429,
        headers: new Headers({
          'x-ratelimit-reset': String(1_795_000_300),
          'x-ratelimit-remaining': '0',
        }),
        request,
      }),
    ).toBe(1_795_000_300_000);
  });

  it('spaces requests when a budget is given', () => {
    const policy = createOuraRateLimitPolicy({ requestsPerWindow: 5000 });
    expect(policy.reserve({ method: 'GET', path: '/', now: 0 })).toBeUndefined();
    expect(policy.reserve({ method: 'GET', path: '/', now: 0 })).toMatchObject({
      waitMs: 60,
      limit: 'spacing',
    });
  });
});

describe('a spent 5-minute budget in the sandbox', () => {
  const clock = createFakeClock({ start: Date.parse('2026-11-20T12:00:00Z') });
  const sandbox = useSandbox(() => [ouraPlugin({ clock: () => clock.now(), limit: 3 })]);

  it('waits for Retry-After and goes on', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    sandbox.plugin.knobs.rateLimit.spend('fiveMinutes');
    const info = await client.user.getPersonalInfo({ maxRateLimitWaitMs: 600_000 });
    expect(info.id).toBe('sandbox-user-1');
    expect(sandbox.plugin.stats.rateLimited).toBeGreaterThanOrEqual(1);
  });

  it('throws RateLimitError with retryAt when the wait is longer than allowed', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    sandbox.plugin.knobs.rateLimit.spend('fiveMinutes');
    await expect(client.user.getPersonalInfo({ maxRateLimitWaitMs: 1000 })).rejects.toMatchObject({
      name: 'RateLimitError',
      retryAt: expect.any(Date),
    });
  });
});
