import { createJsonTokenStore, type TokenStore } from '@fitlink/core';
import { createRedisStringStore, type RedisStoreOptions } from './redis-string-store.js';

/**
 * A `TokenStore` on Redis, token sets kept as JSON, with versioned writes and leases (see
 * {@link createRedisStringStore}). The refresh path of every fitlink client uses both: one
 * worker refreshes a connection at a time, under a renewed lease, and its write is a
 * compare-and-set on the version it read. To keep tokens encrypted in Redis, wrap
 * {@link createRedisStringStore} in `createEncryptedTokenStore` instead.
 *
 * @param options - The app's `redis` or `ioredis` client, and the key prefix.
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * const store = createRedisTokenStore({ client: new Redis(process.env.REDIS_URL ?? '') });
 * ```
 */
export function createRedisTokenStore(options: RedisStoreOptions): TokenStore {
  return createJsonTokenStore(createRedisStringStore(options));
}
