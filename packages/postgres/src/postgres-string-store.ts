import type {
  RefreshLeaseDefaults,
  StringCompareAndSetResult,
  StringStore,
  TokenLease,
  TokenLeaseOptions,
  VersionedString,
} from '@fitlink/core';
import { acquirePostgresLease } from './postgres-lease.js';
import type { PostgresQueryable } from './queryable.js';
import { type PostgresTableOptions, tableNames } from './table-names.js';

/** Options of {@link createPostgresStringStore}. */
export interface PostgresStoreOptions extends PostgresTableOptions {
  /** The app's `pg.Pool` (or a connected `pg.Client`). */
  client: PostgresQueryable;
  /**
   * The refresh lease's TTL and wait bound for clients on this store (the token manager's own
   * options win). Keep the TTL above your token endpoint's slowest answer; a crashed holder
   * delays the connection's next refresh by at most the TTL. @defaultValue core's (30 s, 60 s)
   */
  leaseDefaults?: RefreshLeaseDefaults;
}

/** A `StringStore` in PostgreSQL with versioned writes and leases. */
export type PostgresStringStore = StringStore &
  Required<Pick<StringStore, 'getVersioned' | 'compareAndSet' | 'acquireLease'>>;

/**
 * A `StringStore` on PostgreSQL (run {@link migratePostgres} first): the backend for
 * `createEncryptedTokenStore` (ciphertext in the database, the key outside it) or
 * {@link createPostgresTokenStore}. Every operation is one statement:
 *
 * - `compareAndSet` is one conditional `UPDATE … WHERE version = $expected RETURNING version`
 *   (a create is `INSERT … ON CONFLICT DO NOTHING RETURNING`); a refused write reads what is
 *   stored now.
 * - versions come from a sequence, so they never repeat, even after a delete.
 * - `acquireLease` is a row in the lease table with an owner and an expiry on the database's
 *   clock (no advisory locks, so it works behind PgBouncer in transaction mode).
 *
 * @param options - The client, and where the tables are.
 * @example
 * ```ts
 * const backend = createPostgresStringStore({ client: pool });
 * const store = createEncryptedTokenStore({ backend, keys: [{ id: 'k1', key }] });
 * ```
 */
export function createPostgresStringStore(options: PostgresStoreOptions): PostgresStringStore {
  const { client } = options;
  const t = tableNames(options);
  const getVersioned = async (key: string): Promise<VersionedString | undefined> => {
    const read = await client.query(
      `SELECT value, version::text AS version FROM ${t.tokens} WHERE key = $1`,
      [key],
    );
    const row = read.rows[0] as VersionedString | undefined;
    return row === undefined ? undefined : { value: row.value, version: row.version };
  };
  return {
    ...(options.leaseDefaults !== undefined ? { leaseDefaults: options.leaseDefaults } : {}),
    async get(key) {
      return (await getVersioned(key))?.value;
    },
    async set(key, value) {
      await client.query(
        `INSERT INTO ${t.tokens} (key, value, version) VALUES ($1, $2, nextval('${t.versions}'))
         ON CONFLICT (key) DO UPDATE
         SET value = EXCLUDED.value, version = EXCLUDED.version, updated_at = clock_timestamp()`,
        [key, value],
      );
    },
    async delete(key) {
      await client.query(`DELETE FROM ${t.tokens} WHERE key = $1`, [key]);
    },
    getVersioned,
    async compareAndSet(key, expectedVersion, value): Promise<StringCompareAndSetResult> {
      const written =
        expectedVersion === undefined
          ? await client.query(
              `INSERT INTO ${t.tokens} (key, value, version) VALUES ($1, $2, nextval('${t.versions}'))
               ON CONFLICT (key) DO NOTHING RETURNING version::text AS version`,
              [key, value],
            )
          : await client.query(
              `UPDATE ${t.tokens}
               SET value = $2, version = nextval('${t.versions}'), updated_at = clock_timestamp()
               WHERE key = $1 AND version::text = $3 RETURNING version::text AS version`,
              [key, value, expectedVersion],
            );
      const row = written.rows[0] as { version: string } | undefined;
      if (row !== undefined) return { ok: true, version: row.version };
      return { ok: false, current: await getVersioned(key) };
    },
    acquireLease(key: string, leaseOptions: TokenLeaseOptions): Promise<TokenLease | undefined> {
      return acquirePostgresLease(client, t, key, leaseOptions);
    },
  };
}
