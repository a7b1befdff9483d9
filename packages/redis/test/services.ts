import { Redis } from 'ioredis';

/** Where the tests find Redis (the project's development and CI default). */
export const REDIS_URL = process.env.FITLINK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether Redis answers. When it does not, prints one loud line naming what to start, and with
 * FITLINK_REQUIRE_SERVICES=1 (CI) throws instead, so the skip becomes a failure.
 */
export async function redisReachable(): Promise<boolean> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    const line = `!!! @fitlink/redis: Redis is not reachable at ${REDIS_URL} (${(error as Error).message}): start it (scripts/ci-services.sh, or the Debian package redis-server) — its tests are SKIPPED`;
    if (process.env.FITLINK_REQUIRE_SERVICES === '1') throw new Error(line);
    console.warn(line);
    return false;
  } finally {
    client.disconnect();
  }
}

/** A key prefix no other run or case uses. */
export function uniquePrefix(): string {
  return `fltest:${globalThis.crypto.randomUUID().slice(0, 8)}:`;
}

/** Deletes every key under `prefix`. */
export async function deletePrefix(client: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await client.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
