import { ErrorCodes, FitlinkError } from '@fitlink/core';

/**
 * Checks a lease TTL: a positive whole number of milliseconds.
 *
 * @param ttlMs - The TTL.
 * @throws `FitlinkError` with code `invalid_argument` otherwise.
 * @example
 * ```ts
 * const ttl = checkTtl(options.ttlMs);
 * ```
 */
export function checkTtl(ttlMs: number): number {
  if (!Number.isInteger(ttlMs) || ttlMs <= 0) {
    throw new FitlinkError(`A lease TTL must be a positive whole number of ms, not ${ttlMs}`, {
      code: ErrorCodes.invalidArgument,
    });
  }
  return ttlMs;
}
