import { createEncryptedTokenStore, type TokenStore } from '@fitlink/core';
import { createPostgresStringStore } from '@fitlink/postgres';
import { createRedisRateBudgetStore, createRedisStringStore } from '@fitlink/redis';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { type FleetConfig, namesOf } from './config.js';

/**
 * The fleet's stores: tokens encrypted in PostgreSQL (ciphertext in the table, the key from
 * the environment) or in Redis, refresh leases beside them, rate budgets in Redis.
 */
export function fleetStores(config: FleetConfig, pool: pg.Pool, redis: Redis) {
  const names = namesOf(config);
  const leaseDefaults = { ttlMs: config.leaseTtlMs, waitMs: 6 * config.leaseTtlMs };
  const tokens: TokenStore = createEncryptedTokenStore({
    backend:
      config.tokenStore === 'redis'
        ? createRedisStringStore({ client: redis, keyPrefix: names.keyPrefix, leaseDefaults })
        : createPostgresStringStore({
            client: pool,
            tablePrefix: names.tablePrefix,
            leaseDefaults,
          }),
    keys: [{ id: 'fleet-key', key: config.tokenKey }],
  });
  const budgets = createRedisRateBudgetStore({ client: redis, keyPrefix: names.keyPrefix });
  return { tokens, budgets };
}
