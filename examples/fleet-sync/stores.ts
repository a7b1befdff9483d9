import { createEncryptedTokenStore, type TokenStore } from '@fitlink/core';
import { createPostgresStringStore } from '@fitlink/postgres';
import { createRedisRateBudgetStore } from '@fitlink/redis';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { type FleetConfig, namesOf } from './config.js';

/**
 * The fleet's stores: tokens encrypted in PostgreSQL (ciphertext in the table, the key from
 * the environment), refresh leases in the same database, rate budgets in Redis.
 */
export function fleetStores(config: FleetConfig, pool: pg.Pool, redis: Redis) {
  const names = namesOf(config);
  const tokens: TokenStore = createEncryptedTokenStore({
    backend: createPostgresStringStore({
      client: pool,
      tablePrefix: names.tablePrefix,
      leaseDefaults: { ttlMs: config.leaseTtlMs, waitMs: 6 * config.leaseTtlMs },
    }),
    keys: [{ id: 'fleet-key', key: config.tokenKey }],
  });
  const budgets = createRedisRateBudgetStore({ client: redis, keyPrefix: names.keyPrefix });
  return { tokens, budgets };
}
