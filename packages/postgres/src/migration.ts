import type { PostgresQueryable } from './queryable.js';
import { type PostgresTableOptions, tableNames } from './table-names.js';

/**
 * The SQL that creates the adapter's tables, sequence and function (idempotent: `IF NOT EXISTS`
 * and `CREATE OR REPLACE`), to run with your migration tool or {@link migratePostgres}.
 *
 * - `<prefix>tokens (key text primary key, value text, version bigint, updated_at)`: one row per
 *   connection; `version` comes from the sequence `<prefix>token_versions`, so it changes with
 *   every write and never repeats after a delete.
 * - `<prefix>leases (key text primary key, owner text, expires_at timestamptz)`: refresh leases,
 *   judged by the database's clock.
 * - `<prefix>rate_budgets (budget, name, window_start, used, expires_at)` and the function
 *   `<prefix>take_budget(...)`: shared request budgets, taken all or nothing in one call.
 *
 * @param options - Schema and table prefix.
 * @example
 * ```ts
 * await pool.query(postgresMigrationSql());
 * ```
 */
export function postgresMigrationSql(options: PostgresTableOptions = {}): string {
  const t = tableNames(options);
  return `
CREATE SEQUENCE IF NOT EXISTS ${t.versions};
CREATE TABLE IF NOT EXISTS ${t.tokens} (
  key text PRIMARY KEY,
  value text NOT NULL,
  version bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE IF NOT EXISTS ${t.leases} (
  key text PRIMARY KEY,
  owner text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS ${t.budgets} (
  budget text NOT NULL,
  name text NOT NULL,
  window_start bigint NOT NULL,
  used bigint NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (budget, name, window_start)
);
CREATE OR REPLACE FUNCTION ${t.takeBudget}(
  p_budget text, p_names text[], p_starts bigint[], p_lengths bigint[], p_limits bigint[]
) RETURNS text LANGUAGE plpgsql AS $fitlink$
DECLARE
  i int;
  v_used bigint;
  v_spent text := NULL;
  v_spent_length bigint := -1;
BEGIN
  -- Rows are created and locked in the order given (the caller sorts them), so two takes never
  -- wait on each other in opposite orders.
  FOR i IN 1 .. coalesce(array_length(p_names, 1), 0) LOOP
    INSERT INTO ${t.budgets} (budget, name, window_start, used, expires_at)
    VALUES (p_budget, p_names[i], p_starts[i], 0,
            to_timestamp((p_starts[i] + p_lengths[i]) / 1000.0))
    ON CONFLICT DO NOTHING;
    SELECT used INTO v_used FROM ${t.budgets}
    WHERE budget = p_budget AND name = p_names[i] AND window_start = p_starts[i]
    FOR UPDATE;
    IF v_used >= p_limits[i] AND p_lengths[i] > v_spent_length THEN
      v_spent := p_names[i];
      v_spent_length := p_lengths[i];
    END IF;
  END LOOP;
  IF v_spent IS NOT NULL THEN
    RETURN v_spent;
  END IF;
  UPDATE ${t.budgets} SET used = used + 1
  WHERE budget = p_budget
    AND (name, window_start) IN (SELECT * FROM unnest(p_names, p_starts));
  RETURN NULL;
END
$fitlink$;
`;
}

/**
 * Runs {@link postgresMigrationSql} (idempotent, safe to run on every start).
 *
 * @param client - The app's `pg` pool or client.
 * @param options - Schema and table prefix.
 * @example
 * ```ts
 * await migratePostgres(pool);
 * ```
 */
export async function migratePostgres(
  client: PostgresQueryable,
  options: PostgresTableOptions = {},
): Promise<void> {
  await client.query(postgresMigrationSql(options));
}
