import { windowStartOf } from '@fitlink/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresRateBudgetStore, migratePostgres } from '../src/index.js';
import { DATABASE_URL, dropPrefix, uniquePrefix } from './services.js';

const reachable = inject('serverReachable');
const prefix = uniquePrefix();
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 8 });
// Windows an hour ahead of the real clock: the store deletes windows that ended over an hour
// ago (by the database's clock), so a fixed date here would stop working an hour after it.
const NOW = Date.now() + 3_600_000;
const window = (name: string, limit: number, windowMs: number, now = NOW) => ({
  name,
  limit,
  windowMs,
  windowStart: windowStartOf(now, windowMs),
});

describe.skipIf(!reachable)('createPostgresRateBudgetStore (real server)', () => {
  beforeAll(async () => {
    await migratePostgres(pool, { tablePrefix: prefix });
  });
  afterAll(async () => {
    await dropPrefix(pool, prefix);
    await pool.end();
  });

  it('grants up to the limit, all or nothing, and names the longest spent window', async () => {
    const store = createPostgresRateBudgetStore({ client: pool, tablePrefix: prefix });
    const windows = [window('short', 3, 900_000), window('daily', 4, 86_400_000)];
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await store.take('app-a', windows));
    expect(answers).toEqual([
      { granted: true },
      { granted: true },
      { granted: true },
      { granted: false, spent: 'short' },
    ]);
    const next = [window('short', 3, 900_000, NOW + 900_000), window('daily', 4, 86_400_000)];
    expect(await store.take('app-a', next)).toEqual({ granted: true });
    expect(await store.take('app-a', next)).toEqual({ granted: false, spent: 'daily' });
    expect(await store.take('app-b', next)).toEqual({ granted: true });
  });

  it('raises counts to stated usage, never lowers them', async () => {
    const store = createPostgresRateBudgetStore({ client: pool, tablePrefix: prefix });
    const minute = window('minute', 10, 60_000);
    await store.raise('app-c', [{ window: minute, used: 9 }]);
    await store.raise('app-c', [{ window: minute, used: 2 }]);
    expect(await store.take('app-c', [minute])).toEqual({ granted: true });
    expect(await store.take('app-c', [minute])).toEqual({ granted: false, spent: 'minute' });
  });

  it('200 concurrent takes on a limit of 50 grant exactly 50', async () => {
    const store = createPostgresRateBudgetStore({ client: pool, tablePrefix: prefix });
    const windows = [window('short', 50, 900_000), window('daily', 1_000, 86_400_000)];
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => store.take('app-d', windows)),
    );
    expect(answers.filter((answer) => answer.granted)).toHaveLength(50);
  });
});
