import type { TokenLease, TokenLeaseOptions } from '@fitlink/core';
import type { RedisCommands, RedisReply } from './redis-commands.js';
import { checkTtl } from './ttl.js';

// The server's clock in ms, for expiresAt.
const NOW_MS = `local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)`;

const ACQUIRE = `${NOW_MS}
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return now + tonumber(ARGV[2]) end
return false`;

const RENEW = `${NOW_MS}
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return now + tonumber(ARGV[2])
end
return false`;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Whether the server has `DELEX key IFEQ value` (Redis 8.4+), asked once per connection. */
export type DelexSupport = () => Promise<boolean>;

/**
 * Asks the server once whether it has `DELEX` (`COMMAND INFO DELEX`), and remembers the answer.
 *
 * @param commands - The connection.
 * @example
 * ```ts
 * const hasDelex = detectDelex(commands);
 * if (await hasDelex()) await commands.command(['DELEX', key, 'IFEQ', owner]);
 * ```
 */
export function detectDelex(commands: RedisCommands): DelexSupport {
  let answer: Promise<boolean> | undefined;
  return () => {
    answer ??= commands
      .command(['COMMAND', 'INFO', 'DELEX'])
      .then((reply) => Array.isArray(reply) && reply[0] !== null && reply[0] !== undefined)
      .catch(() => false);
    return answer;
  };
}

const asMs = (reply: RedisReply): number | undefined =>
  typeof reply === 'number' ? reply : undefined;

/**
 * Takes a lease with `SET key owner NX PX ttl` (the owner a random UUID); renews it with a
 * script that extends it only while the value is still this owner; releases it with
 * `DELEX key IFEQ owner` where the server has it, a compare-and-delete script otherwise. No
 * Redlock: one Redis (or one primary) is the lock's authority. `expiresAt` is on the server's clock.
 *
 * @param commands - The connection.
 * @param leaseKey - The Redis key of the lease.
 * @param options - The TTL.
 * @param hasDelex - Whether the server has `DELEX`.
 * @returns The lease, or `undefined` when another owner holds it.
 * @example
 * ```ts
 * const lease = await acquireRedisLease(commands, 'fitlink:lease:user-1', { ttlMs: 30_000 }, detectDelex(commands));
 * ```
 */
export async function acquireRedisLease(
  commands: RedisCommands,
  leaseKey: string,
  options: TokenLeaseOptions,
  hasDelex: DelexSupport,
): Promise<TokenLease | undefined> {
  let ttlMs = checkTtl(options.ttlMs);
  const owner = globalThis.crypto.randomUUID();
  const taken = asMs(await commands.eval(ACQUIRE, [leaseKey], [owner, String(ttlMs)]));
  if (taken === undefined) return undefined;
  let expiresAt = taken;
  return {
    owner,
    get expiresAt() {
      return expiresAt;
    },
    async renew(nextTtlMs?: number) {
      if (nextTtlMs !== undefined) ttlMs = checkTtl(nextTtlMs);
      const renewed = asMs(await commands.eval(RENEW, [leaseKey], [owner, String(ttlMs)]));
      if (renewed === undefined) return false;
      expiresAt = renewed;
      return true;
    },
    async release() {
      const deleted = (await hasDelex())
        ? await commands.command(['DELEX', leaseKey, 'IFEQ', owner])
        : await commands.eval(RELEASE, [leaseKey], [owner]);
      return deleted === 1;
    },
  };
}
