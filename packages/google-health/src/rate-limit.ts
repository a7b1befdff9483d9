import { createHeaderRateLimitPolicy, type RateLimitPolicy } from '@fitlink/core';

/** Options of {@link createGoogleHealthRateLimitPolicy}. */
export interface GoogleHealthRateLimitPolicyOptions {
  /**
   * Requests per minute the app spaces its calls to. Google Health quotas are per Cloud project
   * and shown in the Cloud console (Quotas page); Google publishes no fixed number, so the
   * default leaves requests unspaced and relies on 429 with `Retry-After`. Set it to the
   * project's per-minute quota to stay under it.
   * @defaultValue no spacing
   */
  requestsPerMinute?: number;
}

/**
 * Google Health's rate-limit policy. Google counts per Cloud project (so one policy per app, as
 * `createGoogleHealthApp` does) and answers `429 RESOURCE_EXHAUSTED` beyond the quota, with
 * `Retry-After` when it gives one; it sends no budget headers on success (standard
 * `RateLimit-*` headers are read should it start). With `requestsPerMinute` requests are spaced
 * evenly to stay under the project's quota.
 *
 * @example
 * ```ts
 * import { createGoogleHealthRateLimitPolicy } from '@fitlink/google-health';
 * const rateLimitPolicy = createGoogleHealthRateLimitPolicy({ requestsPerMinute: 300 });
 * ```
 * @see https://developers.google.com/health/quotas
 */
export function createGoogleHealthRateLimitPolicy(
  options: GoogleHealthRateLimitPolicyOptions = {},
): RateLimitPolicy {
  const perMinute = options.requestsPerMinute;
  return createHeaderRateLimitPolicy({
    name: 'google-health',
    ...(perMinute !== undefined && perMinute > 0 ? { minIntervalMs: 60_000 / perMinute } : {}),
  });
}
