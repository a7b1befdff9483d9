import type { RateBudgetStore } from '@fitlink/core';
import type { PostgresStoreOptions } from './postgres-string-store.js';
import { tableNames } from './table-names.js';

/** Options of {@link createPostgresRateBudgetStore}. */
export interface PostgresRateBudgetOptions extends PostgresStoreOptions {
  /**
   * How long a spent window's row is kept after the window ended, in ms, before a later take
   * deletes it. @defaultValue 3600000 (an hour)
   */
  keepEndedMs?: number;
}

/**
 * A `RateBudgetStore` on PostgreSQL (run {@link migratePostgres} first): one row per budget
 * window, and each take one call of the `take_budget` function, which creates and locks the
 * windows' rows in a fixed order, checks every limit and counts the request in all of them, or
 * in none. Ended windows are deleted now and then by later takes.
 *
 * @param options - The app's pool, where the tables are, and how long ended windows stay.
 * @example
 * ```ts
 * const budgets = createPostgresRateBudgetStore({ client: pool });
 * const rateLimitPolicy = createStravaRateLimitPolicy({ shared: { store: budgets, budget: `strava:${clientId}` } });
 * ```
 */
export function createPostgresRateBudgetStore(options: PostgresRateBudgetOptions): RateBudgetStore {
  const { client } = options;
  const t = tableNames(options);
  const keepEndedMs = options.keepEndedMs ?? 3_600_000;
  let takes = 0;
  return {
    async take(budget, windows) {
      const sorted = [...windows].sort((a, b) =>
        a.name === b.name ? a.windowStart - b.windowStart : a.name < b.name ? -1 : 1,
      );
      const answer = await client.query(
        `SELECT ${t.takeBudget}($1, $2::text[], $3::bigint[], $4::bigint[], $5::bigint[]) AS spent`,
        [
          budget,
          sorted.map((window) => window.name),
          sorted.map((window) => String(window.windowStart)),
          sorted.map((window) => String(window.windowMs)),
          sorted.map((window) => String(window.limit)),
        ],
      );
      if (++takes % 100 === 1) {
        await client.query(
          `DELETE FROM ${t.budgets} WHERE expires_at < clock_timestamp() - $1 * interval '1 millisecond'`,
          [keepEndedMs],
        );
      }
      const spent = (answer.rows[0] as { spent: string | null } | undefined)?.spent ?? null;
      return spent === null ? { granted: true } : { granted: false, spent };
    },
    async raise(budget, usage) {
      const sorted = [...usage].sort((a, b) =>
        a.window.name === b.window.name
          ? a.window.windowStart - b.window.windowStart
          : a.window.name < b.window.name
            ? -1
            : 1,
      );
      if (sorted.length === 0) return;
      await client.query(
        `INSERT INTO ${t.budgets} AS b (budget, name, window_start, used, expires_at)
         SELECT $1, u.name, u.start, u.used, to_timestamp((u.start + u.length) / 1000.0)
         FROM unnest($2::text[], $3::bigint[], $4::bigint[], $5::bigint[]) AS u(name, start, length, used)
         ON CONFLICT (budget, name, window_start) DO UPDATE SET used = GREATEST(b.used, EXCLUDED.used)`,
        [
          budget,
          sorted.map((item) => item.window.name),
          sorted.map((item) => String(item.window.windowStart)),
          sorted.map((item) => String(item.window.windowMs)),
          sorted.map((item) => String(item.used)),
        ],
      );
    },
  };
}
