import { createPolarRateLimitPolicy } from '@fitlink/polar';
import { createFakeClock } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, polarPlugin } from './helpers.js';

describe('rate limits from Polar’s RateLimit-* headers', () => {
  let clock = createFakeClock();
  const sandbox = useSandbox(() => {
    clock = createFakeClock();
    return [polarPlugin({ clock: () => clock.now() })];
  });

  it('waits for the 15-minute window when a response says it is spent, without a 429', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    await client.sports.list(); // opens the windows
    sandbox.plugin.knobs.rateLimit.usage.short = 2999;
    await client.sports.list(); // answered with Usage 3000 of 3000
    expect(clock.sleeps).toEqual([]);
    await client.sports.list();
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBe(900_000);
    expect(sandbox.plugin.knobs.rateLimit.rejected).toBe(0);
  });

  it('a 90-day sync near the end of the window: 3 requests, one wait for the reset, no 429', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    await client.sports.list(); // opens the windows (and caches nothing: a fresh client below)
    const { client: syncing } = await connect(sandbox.plugin, { clock });
    sandbox.plugin.knobs.rateLimit.usage.short = 2998;
    const since = new Date(clock.now() - 90 * 86_400_000);
    const activities = await syncing
      .listActivities({ since, until: new Date(clock.now()) })
      .toArray({ limit: Infinity });
    expect(activities.length).toBeGreaterThan(0);
    // sports (2999 of 3000), first range (3000 of 3000), then a wait, then the second range.
    expect(sandbox.plugin.stats.byRoute).toEqual({ sports: 2, trainingSessions: 2 });
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThan(890_000);
    expect(sandbox.plugin.knobs.rateLimit.rejected).toBe(0);
  });

  it('retries a 429 at the window’s reset', async () => {
    const { client } = await connect(sandbox.plugin, { clock });
    await client.sports.list();
    clock.advance(600_000);
    sandbox.plugin.knobs.rateLimit.spend('short');
    const sports = await client.sports.list();
    expect(sports.length).toBeGreaterThan(0);
    expect(sandbox.plugin.knobs.rateLimit.rejected).toBe(1);
    expect(clock.sleeps).toEqual([300_000]);
  });

  it('throws RateLimitError naming the daily budget, whatever the bound', async () => {
    const { client } = await connect(sandbox.plugin, {
      clock,
      client: { maxRateLimitWaitMs: 2 * 86_400_000 },
    });
    await client.sports.list();
    sandbox.plugin.knobs.rateLimit.spend('long');
    const error = await client.sports.list().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RateLimitError', code: 'rate_limited', limit: 'daily' });
  });
});

describe('createPolarRateLimitPolicy', () => {
  const response = (headers: Record<string, string>, now = 0, status = 200) => ({
    status,
    headers: new Headers(headers),
    request: { method: 'GET', path: '/v4/data/sports/list', now },
  });
  const at = (now: number) => ({ method: 'GET', path: '/', now });

  it('reads "short, long" usage, limit and reset', () => {
    const policy = createPolarRateLimitPolicy();
    policy.observe(
      response({
        'RateLimit-Usage': '500, 900',
        'RateLimit-Limit': '500, 5000',
        'RateLimit-Reset': '120, 3600',
      }),
    );
    expect(policy.reserve(at(20_000))).toEqual({ waitMs: 100_000, limit: '15-minute' });
    expect(policy.reserve(at(120_000))).toBeUndefined();
  });

  it('treats a spent long window as fatal', () => {
    const policy = createPolarRateLimitPolicy();
    policy.observe(
      response({
        'RateLimit-Usage': '10, 100000',
        'RateLimit-Limit': '3000, 100000',
        'RateLimit-Reset': '60, 7200',
      }),
    );
    expect(policy.reserve(at(0))).toEqual({ waitMs: 7_200_000, limit: 'daily', fatal: true });
  });

  it('counts locally from the first request when no header came', () => {
    const policy = createPolarRateLimitPolicy({ shortLimit: 2, longLimit: 10 });
    expect(policy.reserve(at(0))).toBeUndefined();
    expect(policy.reserve(at(1))).toBeUndefined();
    expect(policy.reserve(at(2))).toEqual({ waitMs: 899_998, limit: '15-minute' });
  });

  it('honours Retry-After on a 429, and leaves a 5xx without one to backoff', () => {
    const policy = createPolarRateLimitPolicy();
    expect(policy.retryAt(response({ 'Retry-After': '30' }, 1000, 429))).toBe(31_000);
    expect(policy.retryAt(response({}, 1000, 503))).toBeUndefined();
  });

  it('ignores empty or unreadable headers', () => {
    const policy = createPolarRateLimitPolicy();
    policy.observe(response({ 'RateLimit-Usage': '', 'RateLimit-Limit': 'x' }));
    expect(policy.reserve(at(0))).toBeUndefined();
  });
});
