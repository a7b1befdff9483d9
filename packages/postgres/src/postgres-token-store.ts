import { createJsonTokenStore, type TokenStore } from '@fitlink/core';
import { createPostgresStringStore, type PostgresStoreOptions } from './postgres-string-store.js';

/**
 * A `TokenStore` on PostgreSQL, token sets kept as JSON, with versioned writes and leases (see
 * {@link createPostgresStringStore} for how each is done). The refresh path of every fitlink
 * client uses both: one worker refreshes a connection at a time, under a renewed lease, and its
 * write is a compare-and-set on the version it read. To keep tokens encrypted in the database,
 * wrap {@link createPostgresStringStore} in `createEncryptedTokenStore` instead.
 *
 * @param options - The app's `pg` pool, and where the tables are.
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migratePostgres(pool);
 * const store = createPostgresTokenStore({ client: pool });
 * ```
 */
export function createPostgresTokenStore(options: PostgresStoreOptions): TokenStore {
  return createJsonTokenStore(createPostgresStringStore(options));
}
