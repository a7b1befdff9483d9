import {
  createHeaderRateLimitPolicy,
  parseIetfRateLimit,
  parseXRateLimit,
  type RateLimitPolicy,
} from '@fitlink/core';

/** Options of {@link createPelotonRateLimitPolicy}. */
export interface PelotonRateLimitPolicyOptions {
  /**
   * Least time between two requests. Peloton publishes no limit, so none is imposed by default;
   * its Cloudflare front answers 429 (`error code: 1015`) when a client is too eager, so set a
   * spacing (a few hundred ms) for bulk backfills.
   * @defaultValue 0
   */
  minIntervalMs?: number;
}

/**
 * Peloton's rate-limit policy. Peloton publishes no numbers and sends no budget headers; the
 * only signal is Cloudflare's 429 with `Retry-After` (honoured, else jittered backoff). The
 * policy can space requests by `minIntervalMs` and reads `RateLimit-*`/`X-RateLimit-*` should
 * they ever appear. Share one instance between clients of the same member.
 *
 * Community reports say polling a member more often than hourly can get the account locked:
 * schedule incremental syncs no more than hourly.
 *
 * @example
 * ```ts
 * import { createPelotonRateLimitPolicy } from '@fitlink/peloton';
 * const rateLimitPolicy = createPelotonRateLimitPolicy({ minIntervalMs: 500 });
 * ```
 */
export function createPelotonRateLimitPolicy(
  options: PelotonRateLimitPolicyOptions = {},
): RateLimitPolicy {
  return createHeaderRateLimitPolicy({
    name: 'peloton',
    minIntervalMs: options.minIntervalMs ?? 0,
    parsers: [parseIetfRateLimit, parseXRateLimit],
  });
}
