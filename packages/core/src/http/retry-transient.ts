import { ErrorCodes } from '../errors/codes.js';
import type { FitlinkError } from '../errors/fitlink-error.js';
import { backoffDelay } from './backoff.js';
import type { CallContext } from './call-context.js';
import { discard } from './read-body.js';
import type { AttemptAnswer } from './send-attempt.js';

/**
 * Handles a 5xx answer to an idempotent request with retries left: waits (for the answer's
 * `Retry-After` or reset when it is within the bound, else jittered backoff) so the loop can
 * try again.
 *
 * @param call - The call.
 * @param answer - The answer.
 * @returns `true` when the caller should retry; `false` when this is not a retryable 5xx.
 * @example
 * ```ts
 * if (await retryServerError(call, answer)) continue;
 * ```
 */
export async function retryServerError(call: CallContext, answer: AttemptAnswer): Promise<boolean> {
  const { response, limitResponse } = answer;
  if (response.status < 500 || !call.idempotent || call.retries >= call.retryLimit) return false;
  discard(response);
  // A 503 may say when to come back; otherwise back off.
  const hinted = call.settings.rateLimit?.retryAt(limitResponse);
  const hintedWait = hinted === undefined ? undefined : Math.max(0, hinted - call.clock.now());
  const waitMs =
    hintedWait !== undefined && hintedWait <= call.bound
      ? hintedWait
      : backoffDelay(call.retries, call.settings.retry);
  call.retries++;
  await call.wait('server-error', waitMs, answer.attempt);
  return true;
}

/**
 * Handles an attempt that got no answer: a network error on an idempotent request with retries
 * left is waited out with jittered backoff; anything else is thrown on.
 *
 * @param call - The call.
 * @param error - What the transport threw.
 * @param attempt - 0 for the first attempt.
 * @throws The transport's error (`network`, `timeout`, `aborted`) when it may not be retried.
 * @example
 * ```ts
 * try { response = await sendOnce(request, secrets); }
 * catch (error) { await retryNetworkError(call, error, attempt); continue; }
 * ```
 */
export async function retryNetworkError(
  call: CallContext,
  error: unknown,
  attempt: number,
): Promise<void> {
  const retryable = (error as FitlinkError).code === ErrorCodes.network && call.idempotent;
  if (!retryable || call.retries >= call.retryLimit) throw error;
  await call.wait('network', backoffDelay(call.retries++, call.settings.retry), attempt);
}
