import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
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

// Failures worth another attempt of an idempotent request, and the retry event's reason.
const TRANSIENT: Readonly<Record<string, 'network' | 'timeout' | 'invalid-body'>> = {
  [ErrorCodes.network]: 'network',
  [ErrorCodes.timeout]: 'timeout',
  [ErrorCodes.invalidBody]: 'invalid-body',
};

/**
 * Handles an attempt that failed without a usable answer: no answer (a reset, a timeout), a
 * body that stalled past `timeoutMs` or broke off mid-way, or a success whose body is not JSON
 * (cut short). An idempotent request with retries left waits with jittered backoff, as after a
 * 5xx, sharing the same retry limit; anything else is thrown on.
 *
 * @param call - The call.
 * @param error - What the transport or the body reader threw.
 * @param attempt - 0 for the first attempt.
 * @throws The error itself (`network`, `timeout`, `invalid_body`, `aborted`, a
 * `ValidationError` …) when it may not be retried.
 * @example
 * ```ts
 * try { return await successAnswer(call, options, response); }
 * catch (error) { await retryTransientFailure(call, error, attempt); }
 * ```
 */
export async function retryTransientFailure(
  call: CallContext,
  error: unknown,
  attempt: number,
): Promise<void> {
  const reason = error instanceof FitlinkError ? TRANSIENT[error.code] : undefined;
  if (reason === undefined || !call.idempotent || call.retries >= call.retryLimit) throw error;
  await call.wait(reason, backoffDelay(call.retries++, call.settings.retry), attempt);
}
