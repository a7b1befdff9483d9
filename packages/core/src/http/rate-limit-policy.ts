import type { AsyncRateLimitPolicy } from './async-rate-limit-policy.js';
import {
  parseIetfRateLimit,
  parseRetryAfter,
  parseXRateLimit,
  type RateLimitHeaderParser,
  type RateLimitState,
} from './rate-limit-headers.js';

/** What a policy asks of the next request: wait this long first, because this budget is spent. */
export interface RateLimitDecision {
  /** Milliseconds to wait before sending. */
  waitMs: number;
  /** Name of the spent budget (`short`, `daily` …), for errors and logs. */
  limit: string;
  /**
   * When true, the wait is never worth it (a daily budget): the client throws `RateLimitError`
   * at once, whatever the caller's bound.
   */
  fatal?: boolean;
}

/** The request a policy is asked about. */
export interface RateLimitRequest {
  /** HTTP method. */
  method: string;
  /** URL path, without query. */
  path: string;
  /** Current time, epoch ms. */
  now: number;
}

/** The response a policy learns from. */
export interface RateLimitResponse {
  /** HTTP status. */
  status: number;
  /** Response headers. */
  headers: Headers;
  /** The request it answers. */
  request: RateLimitRequest;
}

/**
 * A provider's rate-limit rules, kept in the process. One instance holds the budget state, so
 * share one instance between the clients that share a budget (per app or per user, as the
 * provider counts). Every `RateLimitPolicy` is an {@link AsyncRateLimitPolicy} whose answers
 * happen to be immediate; a budget kept in Redis or PostgreSQL implements the latter.
 */
export interface RateLimitPolicy extends AsyncRateLimitPolicy {
  /** Called before each request; returns a wait, or `undefined` to send at once. */
  reserve(request: RateLimitRequest): RateLimitDecision | undefined;
  /** Called with every response, to read the provider's budget headers. */
  observe(response: RateLimitResponse): void;
}

/** Options of {@link createHeaderRateLimitPolicy}. */
export interface HeaderRateLimitPolicyOptions {
  /** Header parsers tried in order; the first that reads something wins. @defaultValue [parseIetfRateLimit, parseXRateLimit] */
  parsers?: readonly RateLimitHeaderParser[];
  /** Least time between two requests, to stay under a provider's hourly budget (e.g. 14400 for 250/hour). @defaultValue 0 */
  minIntervalMs?: number;
  /** Name used in errors for the header budget. @defaultValue 'provider' */
  name?: string;
}

/**
 * The default policy: reads `RateLimit-*` / `X-RateLimit-*` headers, waits for the reset when the
 * remaining budget reaches zero, honours `Retry-After` on 429, and optionally spaces requests.
 *
 * @example
 * ```ts
 * const rateLimit = createHeaderRateLimitPolicy({ minIntervalMs: 3_600_000 / 250 });
 * ```
 */
export function createHeaderRateLimitPolicy(
  options: HeaderRateLimitPolicyOptions = {},
): RateLimitPolicy {
  const parsers = options.parsers ?? [parseIetfRateLimit, parseXRateLimit];
  const minIntervalMs = options.minIntervalMs ?? 0;
  const name = options.name ?? 'provider';
  let state: RateLimitState | undefined;
  let nextSlot = 0;

  const read = (headers: Headers, now: number): RateLimitState | undefined => {
    for (const parse of parsers) {
      const parsed = parse(headers, now);
      if (parsed) return parsed;
    }
    return undefined;
  };

  return {
    reserve({ now }) {
      let waitMs = 0;
      let limit = name;
      if (state?.remaining !== undefined && state.remaining <= 0 && state.resetAt !== undefined) {
        waitMs = Math.max(0, state.resetAt - now);
        if (waitMs === 0) state = undefined;
      }
      if (minIntervalMs > 0) {
        const slot = Math.max(now + waitMs, nextSlot);
        if (slot - now > waitMs) limit = 'spacing';
        waitMs = slot - now;
        nextSlot = slot + minIntervalMs;
      }
      if (state?.remaining !== undefined && state.remaining > 0) state.remaining -= 1;
      return waitMs > 0 ? { waitMs, limit } : undefined;
    },
    observe({ headers, request }) {
      state = read(headers, request.now) ?? state;
    },
    retryAt({ headers, request }) {
      const retryAfter = parseRetryAfter(headers.get('retry-after'), request.now);
      if (retryAfter !== undefined) return retryAfter;
      const parsed = read(headers, request.now);
      return parsed?.resetAt;
    },
  };
}
