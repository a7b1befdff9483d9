/** A query's answer, as `pg` gives it. */
export interface PostgresResult<Row> {
  /** The rows returned. */
  rows: Row[];
}

/**
 * What the adapter needs of the app's `pg` client: a `pg.Pool` (recommended) or a connected
 * `pg.Client`. Every operation is one statement, so a pool behind PgBouncer in transaction mode
 * works: no session state, no advisory locks, no named prepared statements.
 */
export interface PostgresQueryable {
  /**
   * Runs one parameterized statement.
   *
   * @param text - The SQL, with `$1`, `$2` … placeholders.
   * @param values - The parameters.
   */
  // biome-ignore lint/suspicious/noExplicitAny: pg's own signature; rows are typed per call site.
  query(text: string, values?: unknown[]): Promise<PostgresResult<any>>;
}
