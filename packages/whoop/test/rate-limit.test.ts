import { RateLimitError } from '@fitlink/core';
import { createFakeClock } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { createWhoopRateLimitPolicy } from '@fitlink/whoop';
import { describe, expect, it } from 'vitest';
import { connect, whoopPlugin } from './helpers.js';

describe('rate limits from WHOOP’s X-RateLimit-* headers', () => {
  let clock = createFakeClock();
  const sandbox = useSandbox(() => {
    clock = createFakeClock();
    return [whoopPlugin({ clock: () => clock.now() })];
  });

  it('waits for the minute window when a response says the budget is spent, without a 429', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    sandbox.plugin.knobs.rateLimit.usage.minute = 99;
    await client.user.getProfile(); // answered with Remaining: 0
    expect(clock.sleeps).toEqual([]);
    const body = await client.user.getBodyMeasurement();
    expect(body.max_heart_rate).toBe(191);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThan(55_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(60_000);
    expect(sandbox.plugin.knobs.rateLimit.rejected).toBe(0);
  });

  it('retries a 429 at the reset WHOOP reports (no Retry-After)', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    sandbox.plugin.knobs.rateLimit.spend('minute');
    clock.advance(15_000);
    const profile = await client.user.getProfile();
    expect(profile.first_name).toBe('Sandy');
    expect(sandbox.plugin.knobs.rateLimit.rejected).toBe(1);
    expect(clock.sleeps).toEqual([45_000]);
  });

  it('throws RateLimitError with retryAt when the minute wait exceeds the bound', async () => {
    const { client } = await connect(sandbox.plugin, {
      clock,
      client: { maxRateLimitWaitMs: 10_000 },
    });
    sandbox.plugin.knobs.rateLimit.spend('minute');
    const error = await client.user.getProfile().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAt.getTime()).toBe(clock.now() + 60_000);
    expect(clock.sleeps).toEqual([]);
  });

  it('throws RateLimitError naming the daily budget on a 429, whatever the bound', async () => {
    const { client } = await connect(sandbox.plugin, {
      clock,
      client: { maxRateLimitWaitMs: 2 * 86_400_000 },
    });
    sandbox.plugin.knobs.rateLimit.spend('day');
    const error = await client.user.getProfile().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: 'rate_limited', limit: 'daily' });
    expect((error as RateLimitError).retryAt.getTime()).toBe(clock.now() + 86_400_000);
    expect(clock.sleeps.every((ms) => ms === 0)).toBe(true);
  });

  it('throws before sending once a response says the daily budget is spent', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    sandbox.plugin.knobs.rateLimit.usage.day = (sandbox.plugin.knobs.rateLimit.limits.day ?? 0) - 1;
    await client.user.getProfile();
    const sent = sandbox.plugin.knobs.rateLimit.usage.day;
    await expect(client.user.getProfile()).rejects.toMatchObject({
      name: 'RateLimitError',
      limit: 'daily',
    });
    expect(sandbox.plugin.knobs.rateLimit.usage.day).toBe(sent);
    expect(sandbox.plugin.knobs.rateLimit.rejected).toBe(0);
  });
});

describe('createWhoopRateLimitPolicy', () => {
  const response = (headers: Record<string, string>, now = 0) => ({
    status: 200,
    headers: new Headers(headers),
    request: { method: 'GET', path: '/developer/v2/cycle', now },
  });

  it.each([
    ['minute window named', '100, 100;window=60, 10000;window=86400', '42', 'minute', false],
    ['daily window named', '10000, 100;window=60, 10000;window=86400', '7200', 'daily', true],
    ['bare limit, short reset', '100', '30', 'minute', false],
    ['bare limit, long reset', '10000', '3600', 'daily', true],
  ])('reads %s', (_, limit, reset, name, fatal) => {
    const policy = createWhoopRateLimitPolicy();
    policy.observe(
      response({
        'X-RateLimit-Limit': limit,
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': reset,
      }),
    );
    expect(policy.reserve({ method: 'GET', path: '/', now: 1000 })).toEqual({
      waitMs: Number(reset) * 1000 - 1000,
      limit: name,
      ...(fatal ? { fatal: true } : {}),
    });
  });

  it('counts down the remaining budget and forgets it after the reset', () => {
    const policy = createWhoopRateLimitPolicy();
    policy.observe(
      response({
        'X-RateLimit-Limit': '100',
        'X-RateLimit-Remaining': '1',
        'X-RateLimit-Reset': '10',
      }),
    );
    expect(policy.reserve({ method: 'GET', path: '/', now: 0 })).toBeUndefined();
    expect(policy.reserve({ method: 'GET', path: '/', now: 0 })).toEqual({
      waitMs: 10_000,
      limit: 'minute',
    });
    expect(policy.reserve({ method: 'GET', path: '/', now: 10_000 })).toBeUndefined();
  });

  it('has no wait without headers and uses backoff on a bare 429', () => {
    const policy = createWhoopRateLimitPolicy();
    policy.observe(response({}));
    expect(policy.reserve({ method: 'GET', path: '/', now: 0 })).toBeUndefined();
    expect(policy.retryAt({ ...response({}), status: 429 })).toBeUndefined();
  });
});
