import {
  createHeaderRateLimitPolicy,
  parseRetryAfter,
  parseXRateLimit,
  type RateLimitPolicy,
} from '@fitlink/core';

/** Options of {@link createOuraRateLimitPolicy}. */
export interface OuraRateLimitPolicyOptions {
  /**
   * Requests allowed per window, spread evenly when set (Oura's published budget is 5,000
   * requests per 5 minutes; newer docs add a per-token layer without numbers).
   * @defaultValue undefined: no spacing, the client reacts to Oura's headers only
   */
  requestsPerWindow?: number;
  /** The window of `requestsPerWindow`, ms. @defaultValue 300000 */
  windowMs?: number;
}

/**
 * Oura's rate limits: 5,000 requests per 5 minutes (API doc 1.27); newer docs describe a
 * per-access-token and a per-application layer whose 429 carries `Retry-After` (seconds) and
 * `X-RateLimit-Limit`, `-Window`, `-Reset` (epoch seconds) and `-Tier`. The policy waits for
 * `Retry-After` (else the reset) after a 429 and for the reset when `X-RateLimit-Remaining`
 * reaches 0. One instance is shared per app (the app holds it).
 *
 * @example
 * ```ts
 * import { createOuraRateLimitPolicy } from '@fitlink/oura';
 *
 * const rateLimitPolicy = createOuraRateLimitPolicy({ requestsPerWindow: 5000 });
 * ```
 * @see https://cloud.ouraring.com/v2/docs#section/Rate-Limits
 */
export function createOuraRateLimitPolicy(
  options: OuraRateLimitPolicyOptions = {},
): RateLimitPolicy {
  const windowMs = options.windowMs ?? 300_000;
  const policy = createHeaderRateLimitPolicy({
    name: 'oura',
    parsers: [parseXRateLimit],
    ...(options.requestsPerWindow ? { minIntervalMs: windowMs / options.requestsPerWindow } : {}),
  });
  return {
    ...policy,
    retryAt(response) {
      return (
        parseRetryAfter(response.headers.get('retry-after'), response.request.now) ??
        policy.retryAt?.(response)
      );
    },
  };
}
