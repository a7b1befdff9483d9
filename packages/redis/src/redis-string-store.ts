import type {
  RefreshLeaseDefaults,
  StringCompareAndSetResult,
  StringStore,
  TokenLease,
  TokenLeaseOptions,
  VersionedString,
} from '@fitlink/core';
import { keyNames, type RedisKeyOptions } from './key-names.js';
import { type RedisClientLike, type RedisReply, redisCommands } from './redis-commands.js';
import { acquireRedisLease, detectDelex } from './redis-lease.js';

/** Options of {@link createRedisStringStore}. */
export interface RedisStoreOptions extends RedisKeyOptions {
  /** The app's connected client: the official `redis` client or `ioredis`. */
  client: RedisClientLike;
  /**
   * The refresh lease's TTL and wait bound for clients on this store (the token manager's own
   * options win). Keep the TTL above your token endpoint's slowest answer; a crashed holder
   * delays the connection's next refresh by at most the TTL. @defaultValue core's (30 s, 60 s)
   */
  leaseDefaults?: RefreshLeaseDefaults;
}

/** A `StringStore` in Redis with versioned writes and leases. */
export type RedisStringStore = StringStore &
  Required<Pick<StringStore, 'getVersioned' | 'compareAndSet' | 'acquireLease'>>;

// KEYS[1] the hash; ARGV: expected version ('' = create), value, new version.
const COMPARE_AND_SET = `local current = redis.call('HMGET', KEYS[1], 'v', 'n')
if ARGV[1] == '' then
  if current[2] then return {0, current[1], current[2]} end
elseif current[2] ~= ARGV[1] then
  if current[2] then return {0, current[1], current[2]} end
  return {0}
end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'n', ARGV[3])
return {1, ARGV[3]}`;

const newVersion = (): string => globalThis.crypto.randomUUID();

/**
 * A `StringStore` on Redis: the backend for `createEncryptedTokenStore` (ciphertext in
 * Redis, the key outside it) or {@link createRedisTokenStore}. Each connection is one hash
 * (`v` the value, `n` its version, a random UUID per write, so a version never repeats, even
 * after a delete). `compareAndSet` is one script that compares and writes atomically and
 * answers what is stored when it refuses; leases are `SET NX PX` with an owner value (see
 * {@link acquireRedisLease}). Every operation touches one key, so it works on Redis Cluster.
 *
 * @param options - The client, and the key prefix.
 * @example
 * ```ts
 * const backend = createRedisStringStore({ client: redis });
 * const store = createEncryptedTokenStore({ backend, keys: [{ id: 'k1', key }] });
 * ```
 */
export function createRedisStringStore(options: RedisStoreOptions): RedisStringStore {
  const commands = redisCommands(options.client);
  const keys = keyNames(options);
  const hasDelex = detectDelex(commands);
  const text = (reply: RedisReply | undefined): string | undefined =>
    typeof reply === 'string' ? reply : undefined;
  const getVersioned = async (key: string): Promise<VersionedString | undefined> => {
    const reply = await commands.command(['HMGET', keys.token(key), 'v', 'n']);
    const [value, version] = Array.isArray(reply) ? reply.map(text) : [];
    return value === undefined || version === undefined ? undefined : { value, version };
  };
  return {
    ...(options.leaseDefaults !== undefined ? { leaseDefaults: options.leaseDefaults } : {}),
    async get(key) {
      return text(await commands.command(['HGET', keys.token(key), 'v']));
    },
    async set(key, value) {
      await commands.command(['HSET', keys.token(key), 'v', value, 'n', newVersion()]);
    },
    async delete(key) {
      await commands.command(['DEL', keys.token(key)]);
    },
    getVersioned,
    async compareAndSet(key, expectedVersion, value): Promise<StringCompareAndSetResult> {
      const version = newVersion();
      const reply = await commands.eval(
        COMPARE_AND_SET,
        [keys.token(key)],
        [expectedVersion ?? '', value, version],
      );
      const [written, first, second] = Array.isArray(reply) ? reply : [];
      if (written === 1) return { ok: true, version };
      const currentValue = text(first);
      const currentVersion = text(second);
      return {
        ok: false,
        current:
          currentValue === undefined || currentVersion === undefined
            ? undefined
            : { value: currentValue, version: currentVersion },
      };
    },
    acquireLease(key: string, leaseOptions: TokenLeaseOptions): Promise<TokenLease | undefined> {
      return acquireRedisLease(commands, keys.lease(key), leaseOptions, hasDelex);
    },
  };
}
