import { backoffDelay } from './backoff.js';
import type { CallContext } from './call-context.js';
import { discard } from './read-body.js';
import type { AttemptAnswer } from './send-attempt.js';

/** Rate-limit waits one request may make before giving up with {@link RateLimitError}. */
export const MAX_RATE_LIMIT_WAITS = 5;

/**
 * Handles a 429: waits until the instant the policy reads from the answer (`Retry-After`, a
 * reset header), or backs off when it says nothing, so the loop can try again.
 *
 * @param call - The call.
 * @param answer - The answer.
 * @returns `true` when the caller should retry; `false` when the answer is not a 429.
 * @throws {@link RateLimitError} when the wait exceeds the call's bound or the call already
 * waited {@link MAX_RATE_LIMIT_WAITS} times.
 * @example
 * ```ts
 * if (await retryRateLimited(call, answer)) continue;
 * ```
 */
export async function retryRateLimited(call: CallContext, answer: AttemptAnswer): Promise<boolean> {
  if (answer.response.status !== 429) return false;
  discard(answer.response);
  const now = call.clock.now();
  const retryAt =
    call.settings.rateLimit?.retryAt(answer.limitResponse) ??
    now + backoffDelay(call.rateLimitWaits, call.settings.retry);
  const waitMs = Math.max(0, retryAt - now);
  if (waitMs > call.bound || call.rateLimitWaits >= MAX_RATE_LIMIT_WAITS) {
    throw call.rateLimited(retryAt, 'answered 429 Too Many Requests');
  }
  call.rateLimitWaits++;
  await call.wait('rate-limited', waitMs, answer.attempt);
  return true;
}
