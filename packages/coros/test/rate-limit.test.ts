import { createCorosRateLimitPolicy } from '@fitlink/coros';
import { describe, expect, it } from 'vitest';
import { connectedClient, useCorosSandbox } from './helpers.js';

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

describe('faults against the sandbox', () => {
  const world = useCorosSandbox();

  it('waits out a 429 with Retry-After on the fake clock and succeeds', async () => {
    const { client } = await connectedClient(world);
    world.sandbox.faults.inject(
      { kind: 'rate-limit', retryAfterSeconds: 30 },
      { match: '/coros/bindState' },
    );
    expect(await client.user.isBound()).toBe(true);
    expect(world.clock.sleeps).toContain(30_000);
    expect(world.sandbox.faults.stats.byKind['rate-limit']).toBe(1);
  });

  it('retries a read after a 503', async () => {
    const { client } = await connectedClient(world);
    world.sandbox.faults.inject({ kind: 'status', status: 503 }, { match: '/coros/userinfosim' });
    expect(await client.user.info()).toMatchObject({ nick: 'Sandy Box' });
    expect(world.plugin.stats.byRoute.userInfo).toBe(1);
  });
});
