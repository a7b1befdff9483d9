/**
 * PostgreSQL for fitlink fleets, on the app's own `pg` client: a token store with versioned
 * writes and refresh leases, and a shared rate budget. Run {@link migratePostgres} (or apply
 * {@link postgresMigrationSql} with your migration tool) first.
 *
 * @packageDocumentation
 */
export { migratePostgres, postgresMigrationSql } from './migration.js';
export { acquirePostgresLease } from './postgres-lease.js';
export {
  createPostgresRateBudgetStore,
  type PostgresRateBudgetOptions,
} from './postgres-rate-budget-store.js';
export {
  createPostgresStringStore,
  type PostgresStoreOptions,
  type PostgresStringStore,
} from './postgres-string-store.js';
export { createPostgresTokenStore } from './postgres-token-store.js';
export type { PostgresQueryable, PostgresResult } from './queryable.js';
export {
  type PostgresTableNames,
  type PostgresTableOptions,
  tableNames,
} from './table-names.js';
