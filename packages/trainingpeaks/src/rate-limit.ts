import {
  createHeaderRateLimitPolicy,
  parseIetfRateLimit,
  parseXRateLimit,
  type RateLimitPolicy,
} from '@fitlink/core';

/** Options of {@link createTrainingPeaksRateLimitPolicy}. */
export interface TrainingPeaksRateLimitOptions {
  /**
   * Least time between two requests of the clients sharing this policy. TrainingPeaks
   * publishes no hard limit but asks partners with large user bases or batch jobs to agree
   * their access pattern; set the spacing you agreed here.
   * @defaultValue 0 (no spacing)
   */
  minIntervalMs?: number;
}

/**
 * The TrainingPeaks rate-limit policy. TrainingPeaks has "no preset hard limit" and documents
 * no budget headers; it answers 503 when overloaded. The policy honours `Retry-After` on 429
 * and 503 and reads `RateLimit-*` / `X-RateLimit-*` headers should they appear, and can space
 * requests to an agreed rate. Share one instance between the clients of one app.
 *
 * @param options - Optional request spacing.
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Frequently-Asked-Questions
 * @example
 * ```ts
 * const rateLimitPolicy = createTrainingPeaksRateLimitPolicy({ minIntervalMs: 250 });
 * ```
 */
export function createTrainingPeaksRateLimitPolicy(
  options: TrainingPeaksRateLimitOptions = {},
): RateLimitPolicy {
  return createHeaderRateLimitPolicy({
    name: 'trainingpeaks',
    parsers: [parseIetfRateLimit, parseXRateLimit],
    ...(options.minIntervalMs ? { minIntervalMs: options.minIntervalMs } : {}),
  });
}
