import {
  createSingleFlight,
  createTokenManager,
  LeaseWaitTimeoutError,
  systemClock,
} from '@fitlink/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRedisTokenStore } from '../src/index.js';
import { startChild } from './fleet/harness.js';
import { startTokenServer } from './fleet/token-server.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from './services.js';

const reachable = inject('serverReachable');
const keyPrefix = uniquePrefix();
const redis = new Redis(REDIS_URL, { lazyConnect: true });

describe.skipIf(!reachable)('fleet: 4 processes on one Redis (real server)', () => {
  beforeAll(async () => {
    await redis.connect();
  });
  afterAll(async () => {
    await deletePrefix(redis, keyPrefix);
    redis.disconnect();
  });
  const store = () => createRedisTokenStore({ client: redis, keyPrefix });
  const base = { redisUrl: REDIS_URL, keyPrefix };

  it('4 processes × 1,000 calls on one connection, tokens expiring and rotating with reuse detection: one refresh per expiry, 0 invalid_grant', {
    timeout: 120_000,
  }, async () => {
    const server = await startTokenServer(1_500);
    try {
      const key = `calls:${keyPrefix}`;
      await store().set(key, { ...server.seed, obtainedAt: Date.now() });
      const started = Date.now();
      const config = { ...base, serverUrl: server.url, key, calls: 1_000, leaseTtlMs: 5_000 };
      const children = [0, 1, 2, 3].map(() => startChild('calls', config));
      const results = (await Promise.all(children.map((child) => child.message))) as {
        ok: number;
        failed: number;
        errors: string[];
      }[];
      const elapsed = Date.now() - started;
      expect(results.map((result) => result.errors)).toEqual([[], [], [], []]);
      expect(results.reduce((sum, result) => sum + result.ok, 0)).toBe(4_000);
      expect(server.stats.invalidGrant).toBe(0);
      expect(server.stats.reuse).toBe(0);
      expect(server.stats.unauthorized).toBe(0);
      // A 1.5 s token is refreshed after half its life (750 ms ahead: wider than the stalls of a
      // saturated CI machine, where 300 ms ahead let a call in flight outlive its token): at most
      // one refresh per 750 ms across all four processes (never one per process), and at least
      // one per expiry.
      expect(server.stats.refreshes).toBeGreaterThanOrEqual(Math.floor(elapsed / 1_500) - 1);
      expect(server.stats.refreshes).toBeLessThanOrEqual(Math.ceil(elapsed / 750) + 1);
      console.log(
        `fleet(redis): 4 processes × 1,000 calls in ${elapsed} ms → ${server.stats.refreshes} refreshes, ${server.stats.invalidGrant} invalid_grant, ${server.stats.reuse} reuse`,
      );
    } finally {
      await server.close();
    }
  });

  it('a holder paused (SIGSTOP) past its lease during a slow token request never writes over the newer token set: the version fences it', {
    timeout: 60_000,
  }, async () => {
    const server = await startTokenServer(60_000, { rotate: false, holdFirstRefresh: true });
    try {
      const key = `paused:${keyPrefix}`;
      const expired = {
        ...server.seed,
        expiresAt: Date.now() - 1,
        obtainedAt: Date.now() - 10_000,
      };
      await store().set(key, expired);
      const holder = startChild('refresh-once', {
        ...base,
        serverUrl: server.url,
        key,
        leaseTtlMs: 600,
      });
      await server.firstReceived; // A holds the lease, its token request is out
      holder.signal('SIGSTOP'); // A is paused: no renewal, no write
      await new Promise((resolve) => setTimeout(resolve, 1_200)); // past A's lease
      const refresher = {
        provider: 'test',
        singleFlight: createSingleFlight(),
        async refresh() {
          const response = await fetch(`${server.url}/token`, {
            method: 'POST',
            body: new URLSearchParams({ refresh_token: server.seed.refreshToken }),
          });
          return {
            ...((await response.json()) as { accessToken: string }),
            obtainedAt: Date.now(),
          };
        },
      };
      const b = await createTokenManager({
        store: store(),
        key,
        refresher,
        provider: 'test',
        clock: systemClock,
        leaseTtlMs: 5_000,
      }).current();
      server.releaseFirst(); // A's answer is sent …
      holder.signal('SIGCONT'); // … and A wakes up, its lease long gone
      const a = (await holder.message) as { accessToken: string };
      expect(server.stats.refreshes).toBe(2);
      // A's late write over the version it read was refused: it adopted B's token set.
      expect(a.accessToken).toBe(b.accessToken);
      expect((await store().get(key))?.accessToken).toBe(b.accessToken);
    } finally {
      server.releaseFirst();
      await server.close();
    }
  });

  it('a killed lease holder delays the next refresh by at most the lease TTL; a shorter wait gets LeaseWaitTimeoutError', {
    timeout: 60_000,
  }, async () => {
    const server = await startTokenServer(60_000);
    try {
      const key = `killed:${keyPrefix}`;
      await store().set(key, {
        ...server.seed,
        expiresAt: Date.now() - 1,
        obtainedAt: Date.now() - 10_000,
      });
      const holder = startChild('hold-lease', { ...base, key, leaseTtlMs: 1_500 });
      expect(await holder.message).toEqual({ held: true });
      holder.kill();
      await holder.exited;
      const killedAt = Date.now();
      const refresher = {
        provider: 'test',
        singleFlight: createSingleFlight(),
        async refresh() {
          const response = await fetch(`${server.url}/token`, {
            method: 'POST',
            body: new URLSearchParams({ refresh_token: server.seed.refreshToken }),
          });
          return {
            ...((await response.json()) as { accessToken: string }),
            obtainedAt: Date.now(),
          };
        },
      };
      const impatient = await createTokenManager({
        store: store(),
        key,
        refresher,
        provider: 'test',
        clock: systemClock,
        leaseWaitMs: 200,
      })
        .current()
        .catch((error: unknown) => error);
      expect(impatient).toBeInstanceOf(LeaseWaitTimeoutError);
      const tokens = await createTokenManager({
        store: store(),
        key,
        refresher,
        provider: 'test',
        clock: systemClock,
        leaseWaitMs: 10_000,
      }).current();
      const delay = Date.now() - killedAt;
      expect(tokens.accessToken).not.toBe(server.seed.accessToken);
      expect(delay).toBeLessThanOrEqual(1_500 + 500);
      expect(server.stats.refreshes).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('the shared budget holds across 4 processes: 0 requests over it in any window', {
    timeout: 60_000,
  }, async () => {
    const config = { ...base, budgetLimit: 40, budgetWindowMs: 1_000, budgetRunMs: 3_500 };
    const children = [0, 1, 2, 3].map(() => startChild('budget', config));
    const results = (await Promise.all(children.map((child) => child.message))) as {
      granted: number[];
      refused: number;
    }[];
    const perWindow = new Map<number, number>();
    for (const start of results.flatMap((result) => result.granted)) {
      perWindow.set(start, (perWindow.get(start) ?? 0) + 1);
    }
    const counts = [...perWindow.values()];
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
    expect(counts.filter((count) => count === 40).length).toBeGreaterThanOrEqual(2);
    expect(results.every((result) => result.granted.length > 0 && result.refused > 0)).toBe(true);
  });
});
