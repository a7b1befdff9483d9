import {
  createEncryptedTokenStore,
  generateTokenKey,
  type TokenStore,
  windowStartOf,
} from '@fitlink/core';
import { describeTokenStoreConformance } from '@fitlink/testing/vitest';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createRedisRateBudgetStore,
  createRedisStringStore,
  createRedisTokenStore,
  type RedisClientLike,
} from '../src/index.js';
import { deletePrefix, REDIS_URL, uniquePrefix } from './services.js';

const reachable = inject('serverReachable');
const prefix = uniquePrefix();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
// Real time: Redis expires a window's key after the window ends.
const NOW = Date.now();

describe.skipIf(!reachable)('Redis (real server)', () => {
  const io = new Redis(REDIS_URL, { lazyConnect: true });
  const node = createClient({ url: REDIS_URL });
  beforeAll(async () => {
    await io.connect();
    await node.connect();
  });
  afterAll(async () => {
    await deletePrefix(io, prefix);
    io.disconnect();
    await node.quit();
  });

  const clients: [string, () => RedisClientLike][] = [
    ['ioredis', () => io],
    ['redis', () => node as unknown as RedisClientLike],
  ];
  for (const [name, client] of clients) {
    describe(name, () => {
      describeTokenStoreConformance(
        `createRedisTokenStore (${name})`,
        () => createRedisTokenStore({ client: client(), keyPrefix: `${prefix}${name}:` }),
        { advanceTime: sleep, leaseTtlMs: 300, requires: ['versioned', 'leases'] },
      );
      describeTokenStoreConformance(
        `createEncryptedTokenStore over createRedisStringStore (${name})`,
        (): TokenStore =>
          createEncryptedTokenStore({
            backend: createRedisStringStore({ client: client(), keyPrefix: `${prefix}${name}:e:` }),
            keys: [{ id: 'k1', key: generateTokenKey() }],
          }),
        { advanceTime: sleep, leaseTtlMs: 300, requires: ['versioned', 'leases'] },
      );

      it('keeps ciphertext in Redis when composed with the encrypted store', async () => {
        const keyPrefix = `${prefix}${name}:c:`;
        const store = createEncryptedTokenStore({
          backend: createRedisStringStore({ client: client(), keyPrefix }),
          keys: [{ id: 'k1', key: generateTokenKey() }],
        });
        await store.set('user-1', { accessToken: 'plain-access-1', refreshToken: 'plain-r-1' });
        expect(await io.hget(`${keyPrefix}token:user-1`, 'v')).not.toContain('plain-');
        expect((await store.get('user-1'))?.refreshToken).toBe('plain-r-1');
      });

      it('a stale writer never overwrites a newer token set: the version fences it (a lease expired under a paused holder)', async () => {
        const store = createRedisTokenStore({ client: client(), keyPrefix: `${prefix}${name}:f:` });
        const key = 'fence';
        await store.set(key, { accessToken: 'a0', refreshToken: 'r0' });
        const leaseA = await store.acquireLease?.(key, { ttlMs: 200 });
        const readA = await store.getVersioned?.(key);
        expect(leaseA).toBeDefined();
        await sleep(350);
        const leaseB = await store.acquireLease?.(key, { ttlMs: 5_000 });
        expect(leaseB).toBeDefined();
        const readB = await store.getVersioned?.(key);
        const next = { accessToken: 'aB', refreshToken: 'rB' };
        expect((await store.compareAndSet?.(key, readB?.version, next))?.ok).toBe(true);
        expect(await leaseA?.renew()).toBe(false);
        const writeA = await store.compareAndSet?.(key, readA?.version, {
          accessToken: 'aA',
          refreshToken: 'rA',
        });
        expect(writeA).toMatchObject({ ok: false, current: { tokens: { refreshToken: 'rB' } } });
        expect(await leaseA?.release()).toBe(false);
        expect(await leaseB?.release()).toBe(true);
        expect((await store.get(key))?.refreshToken).toBe('rB');
      });

      it('shares a rate budget: all or nothing, the longest spent window named, exact under concurrency', async () => {
        const store = createRedisRateBudgetStore({
          client: client(),
          keyPrefix: `${prefix}${name}:b:`,
        });
        const window = (n: string, limit: number, windowMs: number, now = NOW) => ({
          name: n,
          limit,
          windowMs,
          windowStart: windowStartOf(now, windowMs),
        });
        const windows = [window('short', 3, 900_000), window('daily', 4, 86_400_000)];
        const answers = [];
        for (let i = 0; i < 4; i++) answers.push(await store.take('app-a', windows));
        expect(answers.map((answer) => answer.granted)).toEqual([true, true, true, false]);
        expect(answers[3]).toEqual({ granted: false, spent: 'short' });
        const next = [window('short', 3, 900_000, NOW + 900_000), window('daily', 4, 86_400_000)];
        expect(await store.take('app-a', next)).toEqual({ granted: true });
        expect(await store.take('app-a', next)).toEqual({ granted: false, spent: 'daily' });
        const minute = window('minute', 10, 60_000);
        await store.raise('app-c', [{ window: minute, used: 9 }]);
        await store.raise('app-c', [{ window: minute, used: 2 }]);
        expect(await store.take('app-c', [minute])).toEqual({ granted: true });
        expect(await store.take('app-c', [minute])).toEqual({ granted: false, spent: 'minute' });
        const many = await Promise.all(
          Array.from({ length: 200 }, () => store.take('app-d', [window('short', 50, 900_000)])),
        );
        expect(many.filter((answer) => answer.granted)).toHaveLength(50);
      });
    });
  }

  it('releases with a compare-and-delete script when the server has no DELEX', async () => {
    const version = (await io.info('server')).match(/redis_version:(\d+)/)?.[1];
    const store = createRedisStringStore({ client: io, keyPrefix: `${prefix}delex:` });
    const lease = await store.acquireLease('k', { ttlMs: 5_000 });
    expect(await lease?.release()).toBe(true);
    expect(await lease?.release()).toBe(false);
    expect(Number(version)).toBeGreaterThan(0);
  });
});
