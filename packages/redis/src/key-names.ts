import { ErrorCodes, FitlinkError } from '@fitlink/core';

/** Options naming the adapter's keys. */
export interface RedisKeyOptions {
  /** Prefix of every key the adapter writes. @defaultValue `fitlink:` */
  keyPrefix?: string;
}

/** The adapter's key names. */
export interface RedisKeyNames {
  /** The prefix, as given. */
  readonly prefix: string;
  /** The hash holding a connection's token value and version. */
  token(key: string): string;
  /** A connection's refresh lease. */
  lease(key: string): string;
  /** One window of a shared budget (the budget is the hash tag, so a take's keys share a slot). */
  budget(budget: string, name: string, windowStart: number): string;
}

/**
 * Resolves the adapter's key names.
 *
 * @param options - The prefix.
 * @throws `FitlinkError` with code `invalid_argument` when the prefix holds `{` or `}`
 * (they would change Redis Cluster's hash slots).
 * @example
 * ```ts
 * keyNames().lease('strava:user-1'); // fitlink:lease:strava:user-1
 * ```
 */
export function keyNames(options: RedisKeyOptions = {}): RedisKeyNames {
  const prefix = options.keyPrefix ?? 'fitlink:';
  if (/[{}]/.test(prefix)) {
    throw new FitlinkError('keyPrefix must not contain { or }', {
      code: ErrorCodes.invalidArgument,
    });
  }
  return {
    prefix,
    token: (key) => `${prefix}token:${key}`,
    lease: (key) => `${prefix}lease:${key}`,
    budget: (budget, name, windowStart) =>
      `${prefix}budget:{${budget.replace(/[{}]/g, '_')}}:${name}:${windowStart}`,
  };
}
