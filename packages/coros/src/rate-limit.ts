import { parseRetryAfter, type RateLimitPolicy } from '@fitlink/core';

/**
 * Requests per minute the policy allows by default. COROS publishes no rate limit; this is the
 * pace a production integration keeps to (60 a minute) and is configurable.
 */
export const COROS_REQUESTS_PER_MINUTE = 60;

const MINUTE_MS = 60_000;

/** Options of {@link createCorosRateLimitPolicy}. */
export interface CorosRateLimitOptions {
  /** Requests allowed in any rolling minute. @defaultValue 60 */
  requestsPerMinute?: number;
}

/**
 * COROS' rate-limit policy. COROS documents no budget and no headers, so the policy counts for
 * itself: never more than `requestsPerMinute` in any rolling minute (later requests wait for a
 * slot), and a 429 with `Retry-After` blocks every request of the policy until then. Share one
 * instance between the clients of an app.
 *
 * @example
 * ```ts
 * import { createCorosRateLimitPolicy } from '@fitlink/coros';
 * const rateLimitPolicy = createCorosRateLimitPolicy({ requestsPerMinute: 30 });
 * ```
 */
export function createCorosRateLimitPolicy(options: CorosRateLimitOptions = {}): RateLimitPolicy {
  const perMinute = Math.max(1, options.requestsPerMinute ?? COROS_REQUESTS_PER_MINUTE);
  const sent: number[] = [];
  let blockedUntil = 0;
  return {
    reserve({ now }) {
      while (sent.length > 0 && (sent[0] ?? 0) <= now - MINUTE_MS) sent.shift();
      let at = Math.max(now, blockedUntil);
      let limit = 'retry-after';
      if (sent.length >= perMinute) {
        const slot = (sent[sent.length - perMinute] ?? now) + MINUTE_MS;
        if (slot > at) limit = 'minute';
        at = Math.max(at, slot);
      }
      sent.push(at);
      const waitMs = Math.ceil(at - now);
      return waitMs > 0 ? { waitMs, limit } : undefined;
    },
    observe({ status, headers, request }) {
      if (status !== 429) return;
      const until = parseRetryAfter(headers.get('retry-after'), request.now);
      blockedUntil = Math.max(blockedUntil, until ?? request.now + MINUTE_MS);
    },
    retryAt({ headers, request }) {
      return parseRetryAfter(headers.get('retry-after'), request.now) ?? request.now + MINUTE_MS;
    },
  };
}
