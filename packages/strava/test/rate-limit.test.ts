import { RateLimitError } from '@fitlink/core';
import {
  createStravaRateLimitPolicy,
  nextStravaMidnight,
  nextStravaQuarter,
} from '@fitlink/strava';
import { describe, expect, it } from 'vitest';
import { NOW, useStravaSandbox } from './helpers.js';

const request = (now: number, method = 'GET', path = '/api/v3/athlete') => ({ method, path, now });
const headers = (usage: string, readUsage: string) =>
  new Headers({
    'X-RateLimit-Limit': '200,2000',
    'X-RateLimit-Usage': usage,
    'X-ReadRateLimit-Limit': '100,1000',
    'X-ReadRateLimit-Usage': readUsage,
  });

describe('createStravaRateLimitPolicy', () => {
  it.each([
    ['2026-11-22T12:05:00Z', '2026-11-22T12:15:00.000Z'],
    ['2026-11-22T12:15:00Z', '2026-11-22T12:30:00.000Z'],
    ['2026-11-22T23:59:59Z', '2026-11-23T00:00:00.000Z'],
  ])('the 15-minute window after %s ends at %s', (now, next) => {
    expect(new Date(nextStravaQuarter(Date.parse(now))).toISOString()).toBe(next);
  });

  it('waits for the next quarter hour when a 15-minute budget is spent', () => {
    const policy = createStravaRateLimitPolicy();
    policy.observe({ status: 200, headers: headers('150,900', '100,950'), request: request(NOW) });
    expect(policy.reserve(request(NOW))).toEqual({ waitMs: 600_000, limit: 'read-short' });
    // Uploads are not reads: the overall budget still has room.
    expect(policy.reserve(request(NOW, 'POST', '/api/v3/uploads'))).toBeUndefined();
    expect(policy.reserve(request(NOW + 600_000))).toBeUndefined();
  });

  it('is fatal until midnight UTC when a daily budget is spent', () => {
    const policy = createStravaRateLimitPolicy();
    policy.observe({ status: 200, headers: headers('12,2000', '12,999'), request: request(NOW) });
    expect(policy.reserve(request(NOW, 'POST', '/api/v3/uploads'))).toEqual({
      waitMs: nextStravaMidnight(NOW) - NOW,
      limit: 'daily',
      fatal: true,
    });
  });

  it('counts its own requests between answers and computes the 429 retry from the windows', () => {
    const policy = createStravaRateLimitPolicy({ readShortLimit: 2 });
    expect(policy.reserve(request(NOW))).toBeUndefined();
    expect(policy.reserve(request(NOW))).toBeUndefined();
    expect(policy.reserve(request(NOW))?.limit).toBe('read-short');
    const limited = { status: 429, headers: new Headers(), request: request(NOW) };
    expect(policy.retryAt(limited)).toBe(Date.parse('2026-11-22T12:15:00Z'));
  });
});

describe('syncing 1,000 activities within the budgets', () => {
  const context = useStravaSandbox();

  const withThousand = () => {
    const plugin = context.plugin;
    plugin.knobs.extraActivities = 1000 - plugin.data.fake.activities.length;
    expect(plugin.data.activities()).toHaveLength(1000);
    return plugin;
  };

  it('uses per_page=200: exactly 6 list requests including the final empty page', async () => {
    const { connect } = context;
    await connect();
    const plugin = withThousand();
    const ids = new Set<string>();
    for await (const activity of context.client().activities.list()) ids.add(String(activity.id));
    expect(ids.size).toBe(1000);
    expect(plugin.stats.byRoute.athleteActivities).toBe(6);
  });

  it('waits for the next 15-minute window (fake clock) instead of hitting 429', async () => {
    const { connect, clock } = context;
    await connect();
    const plugin = withThousand();
    plugin.knobs.rateLimit.usage.readShort = 98;
    let count = 0;
    for await (const _ of context.client().activities.list()) count++;
    expect(count).toBe(1000);
    expect(plugin.stats.byRoute.athleteActivities).toBe(6);
    expect(plugin.stats.rateLimited).toBe(0);
    expect(clock.sleeps).toEqual([Date.parse('2026-11-22T12:15:00Z') - NOW]);
    expect(plugin.knobs.rateLimit.usage.readShort).toBe(4);
  });

  it('throws RateLimitError with retryAt = next midnight UTC when the daily budget is spent', async () => {
    const { connect, clock } = context;
    await connect();
    const plugin = withThousand();
    plugin.knobs.rateLimit.usage.readDaily = 999;
    const error = await context
      .client()
      .activities.list()
      .toArray({ limit: Number.POSITIVE_INFINITY })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAt.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect((error as RateLimitError).limit).toBe('read-daily');
    expect(plugin.stats.byRoute.athleteActivities).toBe(1);
    expect(plugin.stats.rateLimited).toBe(0);
    expect(clock.sleeps).toEqual([]);
  });

  it('a 429 from another process sharing the budget waits for the window computed without Retry-After', async () => {
    const { connect, clock } = context;
    await connect();
    const plugin = context.plugin;
    plugin.knobs.rateLimit.usage.short = 200;
    const athlete = await context.client().athlete.get();
    expect(athlete.id).toBe(12345678);
    expect(plugin.stats.rateLimited).toBe(1);
    expect(clock.sleeps).toEqual([600_000]);
  });
});
