import type {
  RateLimitDecision,
  RateLimitRequest,
  RateLimitResponse,
} from './rate-limit-policy.js';

/**
 * Rate-limit rules whose budget may live outside the process (Redis, PostgreSQL), shared by
 * every worker of an app. `reserve` and `observe` may answer with a promise, which the HTTP
 * client awaits: `reserve` before the attempt is sent, `observe` before the next `reserve` of
 * the same call. A synchronous answer is used at once, without a promise in between, so an
 * in-process {@link RateLimitPolicy} costs nothing extra.
 *
 * This is the type the HTTP client's `rateLimit` setting takes. `retryAt` stays synchronous:
 * it reads the 429 answer itself, which needs no shared state.
 *
 * @example
 * ```ts
 * const sharedBudget: AsyncRateLimitPolicy = {
 *   async reserve(request) {
 *     const used = await redis.incr(`budget:strava:${windowOf(request.now)}`);
 *     return used > 200 ? { waitMs: untilNextWindow(request.now), limit: 'short' } : undefined;
 *   },
 *   async observe(response) {
 *     await saveStatedUsage(response.headers.get('x-ratelimit-usage'));
 *   },
 *   retryAt: () => undefined,
 * };
 * const http = createHttpClient({ provider: 'strava', baseUrl, rateLimit: sharedBudget });
 * ```
 */
export interface AsyncRateLimitPolicy {
  /**
   * Called before each attempt: a wait, or `undefined` to send at once, now or as a promise.
   * A rejection fails the call with that error.
   */
  reserve(
    request: RateLimitRequest,
  ): RateLimitDecision | undefined | Promise<RateLimitDecision | undefined>;
  /** Called with every answer, to learn the provider's budget headers; may return a promise. */
  observe(response: RateLimitResponse): void | Promise<void>;
  /** Called on a 429 or 5xx: the instant (epoch ms) to retry at, or `undefined` to back off. */
  retryAt(response: RateLimitResponse): number | undefined;
}

/**
 * Whether a value is a promise (or any thenable), so a synchronous answer can be used without
 * an `await` in between.
 *
 * @param value - What a policy or store returned.
 * @example
 * ```ts
 * const decision = policy.reserve(request);
 * const settled = isPromiseLike(decision) ? await decision : decision;
 * ```
 */
export function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
