import { createEncryptedTokenStore, generateTokenKey } from '@fitlink/core';
import { describeTokenStoreConformance } from '@fitlink/testing/vitest';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createPostgresStringStore,
  createPostgresTokenStore,
  migratePostgres,
} from '../src/index.js';
import { DATABASE_URL, dropPrefix, uniquePrefix } from './services.js';

const reachable = inject('serverReachable');
const prefix = uniquePrefix();
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 8 });

describe.skipIf(!reachable)('PostgreSQL (real server)', () => {
  beforeAll(async () => {
    await migratePostgres(pool, { tablePrefix: prefix });
  });
  afterAll(async () => {
    await dropPrefix(pool, prefix);
    await pool.end();
  });

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  describeTokenStoreConformance(
    'createPostgresTokenStore',
    () => createPostgresTokenStore({ client: pool, tablePrefix: prefix }),
    { advanceTime: sleep, leaseTtlMs: 400, requires: ['versioned', 'leases'] },
  );
  describeTokenStoreConformance(
    'createEncryptedTokenStore over createPostgresStringStore',
    () =>
      createEncryptedTokenStore({
        backend: createPostgresStringStore({ client: pool, tablePrefix: prefix }),
        keys: [{ id: 'k1', key: generateTokenKey() }],
      }),
    { advanceTime: sleep, leaseTtlMs: 400, requires: ['versioned', 'leases'] },
  );

  it('keeps ciphertext in the database when composed with the encrypted store', async () => {
    const backend = createPostgresStringStore({ client: pool, tablePrefix: prefix });
    const store = createEncryptedTokenStore({
      backend,
      keys: [{ id: 'k1', key: generateTokenKey() }],
    });
    await store.set('enc:user-1', { accessToken: 'plain-access-1', refreshToken: 'plain-r-1' });
    const raw = await pool.query(`SELECT value FROM "public"."${prefix}tokens" WHERE key = $1`, [
      'enc:user-1',
    ]);
    expect(raw.rows[0].value).not.toContain('plain-');
    expect((await store.get('enc:user-1'))?.refreshToken).toBe('plain-r-1');
    await store.delete('enc:user-1');
  });

  it('a stale writer never overwrites a newer token set: the version fences it (a lease expired under a paused holder)', async () => {
    const store = createPostgresTokenStore({ client: pool, tablePrefix: prefix });
    const key = `fence:${prefix}`;
    await store.set(key, { accessToken: 'a0', refreshToken: 'r0' });
    // Holder A takes the lease and reads version v0, then "pauses" past its lease.
    const leaseA = await store.acquireLease?.(key, { ttlMs: 200 });
    const readA = await store.getVersioned?.(key);
    expect(leaseA).toBeDefined();
    await sleep(350);
    // B takes the expired lease, reads v0 too, and writes its refresh.
    const leaseB = await store.acquireLease?.(key, { ttlMs: 5_000 });
    expect(leaseB).toBeDefined();
    const readB = await store.getVersioned?.(key);
    const writeB = await store.compareAndSet?.(key, readB?.version, {
      accessToken: 'aB',
      refreshToken: 'rB',
    });
    expect(writeB?.ok).toBe(true);
    // A wakes up: its renewal fails, and its write over v0 is refused with B's set to adopt.
    expect(await leaseA?.renew()).toBe(false);
    const writeA = await store.compareAndSet?.(key, readA?.version, {
      accessToken: 'aA',
      refreshToken: 'rA',
    });
    expect(writeA).toMatchObject({ ok: false, current: { tokens: { refreshToken: 'rB' } } });
    expect(await leaseA?.release()).toBe(false);
    expect(await leaseB?.release()).toBe(true);
    expect((await store.get(key))?.refreshToken).toBe('rB');
    await store.delete(key);
  });
});
