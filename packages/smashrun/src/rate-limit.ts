import {
  parseIetfRateLimit,
  parseRetryAfter,
  parseXRateLimit,
  type RateLimitPolicy,
} from '@fitlink/core';

/** SmashRun's budget: 250 requests per hour per user token. */
export const SMASHRUN_REQUESTS_PER_HOUR = 250;

const HOUR_MS = 3_600_000;

/** Options of {@link createSmashrunRateLimitPolicy}. */
export interface SmashrunRateLimitOptions {
  /** Requests allowed in any rolling hour. @defaultValue 250 */
  requestsPerHour?: number;
  /**
   * Requests sent back to back before the policy starts spacing them evenly
   * (`3600 s / requestsPerHour` apart: 14.4 s at 250 per hour).
   * @defaultValue 20
   */
  burst?: number;
}

/**
 * SmashRun's rate-limit policy. SmashRun allows 250 requests per hour per user and answers 429
 * beyond it; it documents no budget headers. The policy therefore counts for itself:
 * - a burst of `burst` requests goes at once, after which requests are spaced evenly so the
 *   hourly budget lasts the hour (a token bucket refilling 250 per hour);
 * - never more than `requestsPerHour` in any rolling hour (a sliding window), whatever the burst;
 * - a 429 with `Retry-After` blocks every request of the policy until that instant; standard
 *   `RateLimit-*`/`X-RateLimit-*` headers are read should SmashRun ever send them.
 *
 * The budget is per user: share one instance between the clients of the same connection.
 *
 * @example
 * ```ts
 * import { createSmashrunRateLimitPolicy } from '@fitlink/smashrun';
 * const rateLimitPolicy = createSmashrunRateLimitPolicy({ burst: 5 });
 * ```
 * @see https://api.smashrun.com/v1/documentation
 */
export function createSmashrunRateLimitPolicy(
  options: SmashrunRateLimitOptions = {},
): RateLimitPolicy {
  const perHour = options.requestsPerHour ?? SMASHRUN_REQUESTS_PER_HOUR;
  const burst = Math.max(1, options.burst ?? 20);
  const intervalMs = HOUR_MS / perHour;
  const sent: number[] = [];
  let tokens = burst;
  let refilledAt: number | undefined;
  let blockedUntil = 0;

  const headerReset = (headers: Headers, now: number): number | undefined => {
    const state = parseIetfRateLimit(headers, now) ?? parseXRateLimit(headers, now);
    return state?.remaining !== undefined && state.remaining <= 0 ? state.resetAt : undefined;
  };

  return {
    reserve({ now }) {
      while (sent.length > 0 && (sent[0] ?? 0) <= now - HOUR_MS) sent.shift();
      let at = Math.max(now, blockedUntil);
      let limit = 'hourly';
      if (sent.length >= perHour) at = Math.max(at, (sent[sent.length - perHour] ?? now) + HOUR_MS);
      refilledAt ??= now;
      tokens = Math.min(burst, tokens + Math.max(0, at - refilledAt) / intervalMs);
      refilledAt = Math.max(refilledAt, at);
      if (tokens < 1) {
        // The deficit refills from the last reserved slot, which may lie ahead of `at`.
        const spaced = refilledAt + (1 - tokens) * intervalMs;
        if (spaced > at) limit = 'spacing';
        tokens = 1;
        refilledAt = spaced;
        at = spaced;
      }
      tokens -= 1;
      sent.push(at);
      const waitMs = Math.ceil(at - now);
      return waitMs > 0 ? { waitMs, limit } : undefined;
    },
    observe({ status, headers, request }) {
      const until =
        status === 429
          ? parseRetryAfter(headers.get('retry-after'), request.now)
          : headerReset(headers, request.now);
      if (until !== undefined) blockedUntil = Math.max(blockedUntil, until);
    },
    retryAt({ headers, request }) {
      return (
        parseRetryAfter(headers.get('retry-after'), request.now) ??
        headerReset(headers, request.now)
      );
    },
  };
}
