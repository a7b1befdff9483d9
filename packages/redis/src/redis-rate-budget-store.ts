import type { RateBudgetStore, RateBudgetWindow } from '@fitlink/core';
import { keyNames } from './key-names.js';
import { redisCommands } from './redis-commands.js';
import type { RedisStoreOptions } from './redis-string-store.js';

/** Options of {@link createRedisRateBudgetStore}. */
export interface RedisRateBudgetOptions extends RedisStoreOptions {
  /** How long a window's key outlives the window, in ms. @defaultValue 60000 */
  keepEndedMs?: number;
}

// KEYS: one per window; ARGV: per window limit, length, expire-at (epoch ms), in KEYS order.
const TAKE = `local spent, spentLength = 0, -1
for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  local limit = tonumber(ARGV[3 * i - 2])
  local length = tonumber(ARGV[3 * i - 1])
  if used >= limit and length > spentLength then spent, spentLength = i, length end
end
if spent > 0 then return spent end
for i = 1, #KEYS do
  redis.call('INCR', KEYS[i])
  redis.call('PEXPIREAT', KEYS[i], ARGV[3 * i])
end
return 0`;

// KEYS: one per window; ARGV: per window used, expire-at.
const RAISE = `for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  local stated = tonumber(ARGV[2 * i - 1])
  if stated > used then redis.call('SET', KEYS[i], stated) end
  redis.call('PEXPIREAT', KEYS[i], ARGV[2 * i])
end
return 0`;

/**
 * A `RateBudgetStore` on Redis: one counter key per budget window (expiring after the window),
 * and each take one script that checks every window's limit and counts the request in all of
 * them, or in none. The budget's name is the keys' hash tag, so a take works on Redis Cluster.
 *
 * @param options - The client, the key prefix, and how long ended windows stay.
 * @example
 * ```ts
 * const budgets = createRedisRateBudgetStore({ client: redis });
 * const rateLimitPolicy = createWhoopRateLimitPolicy({ shared: { store: budgets, budget: `whoop:${clientId}` } });
 * ```
 */
export function createRedisRateBudgetStore(options: RedisRateBudgetOptions): RateBudgetStore {
  const commands = redisCommands(options.client);
  const keys = keyNames(options);
  const keepEndedMs = options.keepEndedMs ?? 60_000;
  const keyOf = (budget: string, window: RateBudgetWindow) =>
    keys.budget(budget, window.name, window.windowStart);
  const expireAt = (window: RateBudgetWindow) =>
    String(window.windowStart + window.windowMs + keepEndedMs);
  return {
    async take(budget, windows) {
      if (windows.length === 0) return { granted: true };
      const reply = await commands.eval(
        TAKE,
        windows.map((window) => keyOf(budget, window)),
        windows.flatMap((window) => [
          String(window.limit),
          String(window.windowMs),
          expireAt(window),
        ]),
      );
      const spent = typeof reply === 'number' && reply > 0 ? windows[reply - 1] : undefined;
      return spent === undefined ? { granted: true } : { granted: false, spent: spent.name };
    },
    async raise(budget, usage) {
      if (usage.length === 0) return;
      await commands.eval(
        RAISE,
        usage.map((item) => keyOf(budget, item.window)),
        usage.flatMap((item) => [String(item.used), expireAt(item.window)]),
      );
    },
  };
}
