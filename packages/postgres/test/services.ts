import pg from 'pg';

/** Where the tests find PostgreSQL (the project's development and CI default). */
export const DATABASE_URL =
  process.env.FITLINK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether PostgreSQL answers. When it does not, prints one loud line naming what to start, and
 * with FITLINK_REQUIRE_SERVICES=1 (CI) throws instead, so the skip becomes a failure.
 */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    const line = `!!! @fitlink/postgres: PostgreSQL is not reachable at ${DATABASE_URL.replace(/:[^:@/]*@/, '@')} (${(error as Error).message}): start it (scripts/ci-services.sh, or the Debian package postgresql with a database "test") — its tests are SKIPPED`;
    if (process.env.FITLINK_REQUIRE_SERVICES === '1') throw new Error(line);
    console.warn(line);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A table prefix no other run or case uses. */
export function uniquePrefix(): string {
  return `fltest_${globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 10)}_`;
}

/** Drops everything the migration created under `prefix`. */
export async function dropPrefix(client: pg.Pool | pg.Client, prefix: string): Promise<void> {
  await client.query(`
    DROP FUNCTION IF EXISTS "public"."${prefix}take_budget"(text, text[], bigint[], bigint[], bigint[]);
    DROP TABLE IF EXISTS "public"."${prefix}tokens", "public"."${prefix}leases", "public"."${prefix}rate_budgets";
    DROP SEQUENCE IF EXISTS "public"."${prefix}token_versions";`);
}
