import { RateLimitError } from '@fitlink/core';
import { createSpotifyRateLimitPolicy } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { createFakeClock } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, seededClient } from './helpers.js';

describe('rate limits: a rolling 30-second window, 429 with Retry-After', () => {
  const clock = createFakeClock({ start: Date.parse('2026-11-20T12:00:00.000Z') });
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW, clock: () => clock.now() })]);

  it('waits out Retry-After on the injected clock and retries', async () => {
    const { client } = await seededClient(holder, { settings: { clock } });
    holder.plugin.knobs.rateLimit.limits.app = 2;
    clock.sleeps.length = 0;
    const started = performance.now();
    const results = [];
    for (let index = 0; index < 3; index += 1) results.push(await client.me.get());
    expect(results.map((me) => me.id)).toEqual([
      'sandbox-user-1',
      'sandbox-user-1',
      'sandbox-user-1',
    ]);
    // The third request hit 429 Retry-After: 30 and waited 30 s of fake time, no real time.
    expect(holder.plugin.stats.rateLimited).toBe(1);
    expect(clock.sleeps).toEqual([30_000]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('throws RateLimitError with retryAt when Retry-After exceeds the caller bound', async () => {
    const { client } = await seededClient(holder, {
      settings: { clock, maxRateLimitWaitMs: 5_000 },
    });
    holder.plugin.knobs.rateLimit.limits.app = 1;
    clock.sleeps.length = 0;
    await client.me.get();
    const error = await client.me.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAt.getTime()).toBe(clock.now() + 30_000);
    expect(clock.sleeps).toEqual([]);
  });

  it('honours the sandbox fault knob 429 on any Spotify endpoint', async () => {
    const { client } = await seededClient(holder, { settings: { clock } });
    clock.sleeps.length = 0;
    holder.sandbox.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 7 },
      { match: '/v1/me/player/recently-played' },
    );
    const page = await client.recentlyPlayed
      .list({ pageSize: 5, maxPages: 1 })
      .toArray({ limit: 5 });
    expect(page).toHaveLength(5);
    expect(clock.sleeps).toEqual([7_000]);
  });

  it('reads no budget headers (Spotify sends none) and spaces requests when asked', () => {
    const policy = createSpotifyRateLimitPolicy({ minIntervalMs: 250 });
    const now = 1_000_000;
    expect(policy.reserve({ method: 'GET', path: '/v1/me', now })).toBeUndefined();
    expect(policy.reserve({ method: 'GET', path: '/v1/me', now })).toEqual({
      waitMs: 250,
      limit: 'spacing',
    });
    const headers = new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60' });
    const plain = createSpotifyRateLimitPolicy();
    plain.observe({ status: 200, headers, request: { method: 'GET', path: '/v1/me', now } });
    expect(plain.reserve({ method: 'GET', path: '/v1/me', now })).toBeUndefined();
    const retryAt = plain.retryAt({
      status: 429,
      headers: new Headers({ 'retry-after': '4' }),
      request: { method: 'GET', path: '/v1/me', now },
    });
    expect(retryAt).toBe(now + 4_000);
  });
});
