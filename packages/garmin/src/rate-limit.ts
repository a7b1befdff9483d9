import { parseRetryAfter, type RateLimitPolicy } from '@fitlink/core';

/**
 * Backfill budgets in days of data per minute: an evaluation key gets 100, a production key
 * 10,000 (Health API §8, Activity API §8).
 */
export const GARMIN_BACKFILL_DAYS_PER_MINUTE = {
  /** An evaluation key: 100 days of data per minute. */
  evaluation: 100,
  /** A production key: 10,000 days of data per minute. */
  production: 10_000,
} as const;

/** Options of {@link createGarminRateLimitPolicy}. */
export interface GarminRateLimitOptions {
  /** Requests per minute across the app before spacing them (Garmin publishes no number). @defaultValue 100 */
  requestsPerMinute?: number;
}

const MINUTE_MS = 60_000;

/**
 * Garmin's request policy. Garmin publishes no per-call budget for the Health and Activity APIs
 * (the backfill budget, in days of data, is paced by the backfill helper); Open Wearables budgets
 * 100 requests a minute, the default here (uncertain, configurable). A 429 with `Retry-After`
 * blocks every request until then. Share one instance per app.
 *
 * @example
 * ```ts
 * import { createGarminRateLimitPolicy } from '@fitlink/garmin';
 * const rateLimitPolicy = createGarminRateLimitPolicy({ requestsPerMinute: 60 });
 * ```
 */
export function createGarminRateLimitPolicy(options: GarminRateLimitOptions = {}): RateLimitPolicy {
  const perMinute = Math.max(1, options.requestsPerMinute ?? 100);
  const sent: number[] = [];
  let blockedUntil = 0;
  return {
    reserve({ now }) {
      while (sent.length > 0 && (sent[0] ?? 0) <= now - MINUTE_MS) sent.shift();
      let at = Math.max(now, blockedUntil);
      if (sent.length >= perMinute)
        at = Math.max(at, (sent[sent.length - perMinute] ?? now) + MINUTE_MS);
      sent.push(at);
      const waitMs = Math.ceil(at - now);
      return waitMs > 0 ? { waitMs, limit: 'minute' } : undefined;
    },
    observe({ status, headers, request }) {
      if (status !== 429) return;
      const until = parseRetryAfter(headers.get('retry-after'), request.now);
      if (until !== undefined) blockedUntil = Math.max(blockedUntil, until);
    },
    retryAt({ headers, request }) {
      return parseRetryAfter(headers.get('retry-after'), request.now);
    },
  };
}
