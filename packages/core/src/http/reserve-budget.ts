import { isPromiseLike } from './async-rate-limit-policy.js';
import type { CallContext } from './call-context.js';
import type { RateLimitRequest } from './rate-limit-policy.js';

/**
 * Asks the rate-limit policy before an attempt and waits as it says: a promise is awaited
 * (a budget shared in Redis or PostgreSQL), an immediate answer is used at once.
 *
 * @param call - The call.
 * @param attempt - 0 for the first attempt.
 * @returns The request the policy was asked about, to hand back to `observe` with the answer.
 * @throws {@link RateLimitError} when the budget is spent for good (`fatal`) or the wait exceeds
 * the call's bound.
 * @example
 * ```ts
 * const limitRequest = await reserveBudget(call, attempt);
 * ```
 */
export async function reserveBudget(call: CallContext, attempt: number): Promise<RateLimitRequest> {
  const limitRequest: RateLimitRequest = {
    method: call.method,
    path: call.url.pathname,
    now: call.clock.now(),
  };
  const reserved = call.settings.rateLimit?.reserve(limitRequest);
  const decision = isPromiseLike(reserved) ? await reserved : reserved;
  if (decision && decision.waitMs > 0) {
    if (decision.fatal || decision.waitMs > call.bound) {
      const retryAt = limitRequest.now + decision.waitMs;
      throw call.rateLimited(retryAt, `rate limit (${decision.limit}) is spent`, decision.limit);
    }
    await call.wait('budget', decision.waitMs, attempt);
  }
  return limitRequest;
}
