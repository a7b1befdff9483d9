import { RateLimitError } from '@fitlink/core';
import { createSmashrunRateLimitPolicy } from '@fitlink/smashrun';
import { describe, expect, it } from 'vitest';
import { connectedClient, fakeClock, NOW, useSmashrunSandbox } from './helpers.js';

const request = (now: number) => ({ method: 'GET', path: '/v1/my/userinfo', now });
const answer = (now: number, status: number, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
  request: request(now),
});

describe('createSmashrunRateLimitPolicy', () => {
  it('lets a burst through, then spaces requests 14.4 s apart (250 per hour)', () => {
    const policy = createSmashrunRateLimitPolicy({ burst: 3 });
    const waits = Array.from({ length: 6 }, () => policy.reserve(request(NOW))?.waitMs ?? 0);
    expect(waits).toEqual([0, 0, 0, 14_400, 28_800, 43_200]);
    expect(policy.reserve(request(NOW))?.limit).toBe('spacing');
  });

  it('never allows more than 250 requests in a rolling hour', () => {
    const policy = createSmashrunRateLimitPolicy({ burst: 1000 });
    for (let i = 0; i < 250; i += 1) expect(policy.reserve(request(NOW + i))).toBeUndefined();
    expect(policy.reserve(request(NOW + 250))).toEqual({
      waitMs: 3_600_000 - 250,
      limit: 'hourly',
    });
  });

  it('honours Retry-After on a 429 for every later request', () => {
    const policy = createSmashrunRateLimitPolicy();
    const limited = answer(NOW, 429, { 'retry-after': '120' });
    policy.observe(limited);
    expect(policy.retryAt(limited)).toBe(NOW + 120_000);
    expect(policy.reserve(request(NOW + 20_000))?.waitMs).toBe(100_000);
  });
});

describe('rate limits against the sandbox', () => {
  const world = useSmashrunSandbox();

  it('waits out a 429 with Retry-After on the fake clock and succeeds', async () => {
    const { client } = await connectedClient(world);
    world.sandbox.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 30 },
      { match: '/v1/my/badges' },
    );
    const badges = await client.badges.list();
    expect(badges.length).toBeGreaterThan(0);
    expect(world.clock.sleeps).toContain(30_000);
    expect(world.sandbox.faults.stats.byKind['rate-limit']).toBe(1);
  });

  it('throws RateLimitError with retryAt when the hourly budget is spent', async () => {
    const { client } = await connectedClient(world);
    await client.user.get();
    world.plugin.knobs.rateLimit.spend('hour');
    const error = await client.badges.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAt.getTime()).toBe(NOW + 3_600_000);
  });

  it('spaces a long sync instead of running into 429s', async () => {
    const clock = fakeClock();
    const { client } = await connectedClient(world, {
      settings: { clock, rateLimitPolicy: createSmashrunRateLimitPolicy({ burst: 2 }) },
    });
    for (let i = 0; i < 4; i += 1) await client.user.get();
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([14_400, 14_400]);
  });
});
