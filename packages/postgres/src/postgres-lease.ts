import type { TokenLease, TokenLeaseOptions } from '@fitlink/core';
import type { PostgresQueryable } from './queryable.js';
import type { PostgresTableNames } from './table-names.js';
import { checkTtl } from './ttl.js';

const EPOCH_MS = `(extract(epoch from expires_at) * 1000)::float8`;

/**
 * Takes the lease on `key` in the lease table: one `INSERT … ON CONFLICT DO UPDATE … WHERE
 * expires_at <= clock_timestamp()`, so it succeeds only when no unexpired lease is held. Renew
 * and release are single statements conditional on the owner (and, for renew, on the lease
 * still being unexpired), judged by the database's clock.
 *
 * @param client - The app's pool or client.
 * @param tables - The adapter's table names.
 * @param key - The storage key.
 * @param options - The TTL.
 * @returns The lease, or `undefined` when another owner holds it.
 * @example
 * ```ts
 * const lease = await acquirePostgresLease(pool, tableNames(), 'strava:user-1', { ttlMs: 30_000 });
 * ```
 */
export async function acquirePostgresLease(
  client: PostgresQueryable,
  tables: PostgresTableNames,
  key: string,
  options: TokenLeaseOptions,
): Promise<TokenLease | undefined> {
  let ttlMs = checkTtl(options.ttlMs);
  const owner = globalThis.crypto.randomUUID();
  const taken = await client.query(
    `INSERT INTO ${tables.leases} AS l (key, owner, expires_at)
     VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
     ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
     WHERE l.expires_at <= clock_timestamp()
     RETURNING ${EPOCH_MS} AS expires_ms`,
    [key, owner, ttlMs],
  );
  const row = taken.rows[0] as { expires_ms: number } | undefined;
  if (row === undefined) return undefined;
  let expiresAt = Number(row.expires_ms);
  return {
    owner,
    get expiresAt() {
      return expiresAt;
    },
    async renew(nextTtlMs?: number) {
      if (nextTtlMs !== undefined) ttlMs = checkTtl(nextTtlMs);
      const renewed = await client.query(
        `UPDATE ${tables.leases} SET expires_at = clock_timestamp() + $3 * interval '1 millisecond'
         WHERE key = $1 AND owner = $2 AND expires_at > clock_timestamp()
         RETURNING ${EPOCH_MS} AS expires_ms`,
        [key, owner, ttlMs],
      );
      const renewedRow = renewed.rows[0] as { expires_ms: number } | undefined;
      if (renewedRow === undefined) return false;
      expiresAt = Number(renewedRow.expires_ms);
      return true;
    },
    async release() {
      const released = await client.query(
        `DELETE FROM ${tables.leases} WHERE key = $1 AND owner = $2
         RETURNING expires_at > clock_timestamp() AS held`,
        [key, owner],
      );
      return (released.rows[0] as { held: boolean } | undefined)?.held === true;
    },
  };
}
