import { ErrorCodes, FitlinkError } from '@fitlink/core';

/** Options naming where the adapter's tables live. */
export interface PostgresTableOptions {
  /** Schema of the tables. @defaultValue `public` */
  schema?: string;
  /** Prefix of every table, sequence and function name. @defaultValue `fitlink_` */
  tablePrefix?: string;
}

/** The quoted, qualified names of the adapter's objects. */
export interface PostgresTableNames {
  /** The token table. */
  readonly tokens: string;
  /** The version sequence of the token table. */
  readonly versions: string;
  /** The lease table. */
  readonly leases: string;
  /** The rate-budget table. */
  readonly budgets: string;
  /** The function that takes from the budget. */
  readonly takeBudget: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Resolves and quotes the adapter's object names.
 *
 * @param options - Schema and prefix.
 * @throws `FitlinkError` with code `invalid_argument` when the schema or prefix is not a
 * lower-case SQL identifier.
 * @example
 * ```ts
 * tableNames({ tablePrefix: 'app_' }).tokens; // "public"."app_tokens"
 * ```
 */
export function tableNames(options: PostgresTableOptions = {}): PostgresTableNames {
  const schema = options.schema ?? 'public';
  const prefix = options.tablePrefix ?? 'fitlink_';
  for (const [name, value] of [
    ['schema', schema],
    ['tablePrefix', prefix],
  ] as const) {
    if (!IDENTIFIER.test(value) || value.length > 40) {
      throw new FitlinkError(
        `${name} must be a lower-case SQL identifier (letters, digits, _), up to 40 characters`,
        { code: ErrorCodes.invalidArgument },
      );
    }
  }
  const name = (suffix: string) => `"${schema}"."${prefix}${suffix}"`;
  return {
    tokens: name('tokens'),
    versions: name('token_versions'),
    leases: name('leases'),
    budgets: name('rate_budgets'),
    takeBudget: name('take_budget'),
  };
}
