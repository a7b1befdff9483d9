import { parseRetryAfter, type RateLimitPolicy, type RateLimitResponse } from '@fitlink/core';

/** Options of {@link createPolarRateLimitPolicy}. */
export interface PolarRateLimitPolicyOptions {
  /** Requests per 15 minutes for the client, until a response says otherwise. @defaultValue 3000 (v4) */
  shortLimit?: number;
  /** Requests per 24 hours for the client, until a response says otherwise. @defaultValue 100000 (v4) */
  longLimit?: number;
}

interface Window {
  name: 'short' | 'long';
  limit: number;
  used: number;
  resetAt: number | undefined;
}

const SHORT_MS = 15 * 60_000;
const LONG_MS = 24 * 60 * 60_000;

/** The numbers of a `RateLimit-*` value: `"12"` or `"12, 450"` (short window, then long). */
function numbers(value: string | null): number[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}

/**
 * Polar's rate limits: per API client, a 15-minute and a 24-hour window (v4: 3,000 and 100,000
 * requests; v3 computes them per partner from the number of users), each window starting at
 * its first request. Every answer reports them in `RateLimit-Usage` (requests spent),
 * `RateLimit-Limit` and `RateLimit-Reset` (seconds until reset), each `"short, long"` (a single
 * value is the short window). When the 15-minute budget is spent the client waits for its
 * reset; when the 24-hour one is, the wait is never worth it and the client throws
 * `RateLimitError` with `retryAt` at once. A 429 is retried at `Retry-After`, else at the reset
 * of the spent window. Requests over the short limit still count toward the long one.
 *
 * Budgets are per client application: {@link createPolarApp} holds one policy that every
 * client built from it shares.
 *
 * @example
 * ```ts
 * import { createPolarRateLimitPolicy } from '@fitlink/polar';
 *
 * const rateLimitPolicy = createPolarRateLimitPolicy({ shortLimit: 3_000, longLimit: 100_000 });
 * ```
 * @see https://www.polar.com/accesslink-api/#rate-limiting
 */
export function createPolarRateLimitPolicy(
  options: PolarRateLimitPolicyOptions = {},
): RateLimitPolicy {
  const windows: Window[] = [
    { name: 'short', limit: options.shortLimit ?? 3000, used: 0, resetAt: undefined },
    { name: 'long', limit: options.longLimit ?? 100_000, used: 0, resetAt: undefined },
  ];

  /** Reads the headers into the windows; false when the answer carries none. */
  const read = ({ headers, request }: RateLimitResponse): boolean => {
    const usage = numbers(headers.get('ratelimit-usage'));
    const limit = numbers(headers.get('ratelimit-limit'));
    const reset = numbers(headers.get('ratelimit-reset'));
    if (usage.length === 0 && limit.length === 0) return false;
    windows.forEach((window, index) => {
      const used = usage[index];
      const max = limit[index];
      const resetSeconds = reset[index];
      if (used !== undefined) window.used = used;
      if (max !== undefined) window.limit = max;
      if (resetSeconds !== undefined) window.resetAt = request.now + resetSeconds * 1000;
      else if (used !== undefined && window.resetAt === undefined)
        window.resetAt = request.now + (window.name === 'short' ? SHORT_MS : LONG_MS);
    });
    return true;
  };

  return {
    reserve({ now }) {
      for (const window of windows) {
        if (window.resetAt !== undefined && window.resetAt <= now) {
          window.used = 0;
          window.resetAt = undefined;
        }
      }
      const long = windows[1] as Window;
      const short = windows[0] as Window;
      if (long.resetAt !== undefined && long.used >= long.limit) {
        return { waitMs: long.resetAt - now, limit: 'daily', fatal: true };
      }
      if (short.resetAt !== undefined && short.used >= short.limit) {
        return { waitMs: short.resetAt - now, limit: '15-minute' };
      }
      for (const window of windows) {
        // Polar's windows start at their first request.
        window.resetAt ??= now + (window.name === 'short' ? SHORT_MS : LONG_MS);
        window.used += 1;
      }
      return undefined;
    },
    observe(response) {
      read(response);
    },
    retryAt(response) {
      const { headers, request } = response;
      read(response);
      const retryAfter = parseRetryAfter(headers.get('retry-after'), request.now);
      // A 5xx is retried at Retry-After when given, else with the client's backoff.
      if (response.status !== 429) return retryAfter;
      const long = windows[1] as Window;
      if (long.used >= long.limit && long.resetAt !== undefined) return request.now;
      if (retryAfter !== undefined) return retryAfter;
      const short = windows[0] as Window;
      short.used = Math.max(short.used, short.limit);
      return short.resetAt ?? request.now + SHORT_MS;
    },
  };
}
