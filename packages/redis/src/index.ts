/**
 * Redis for fitlink fleets, on the app's own client (the official `redis` client or `ioredis`):
 * a token store with versioned writes and refresh leases, and a shared rate budget.
 *
 * @packageDocumentation
 */
export { keyNames, type RedisKeyNames, type RedisKeyOptions } from './key-names.js';
export {
  type IoredisLike,
  type NodeRedisLike,
  type RedisClientLike,
  type RedisCommands,
  type RedisReply,
  redisCommands,
} from './redis-commands.js';
export { acquireRedisLease, type DelexSupport, detectDelex } from './redis-lease.js';
export {
  createRedisRateBudgetStore,
  type RedisRateBudgetOptions,
} from './redis-rate-budget-store.js';
export {
  createRedisStringStore,
  type RedisStoreOptions,
  type RedisStringStore,
} from './redis-string-store.js';
export { createRedisTokenStore } from './redis-token-store.js';
