import type { CallContext } from './call-context.js';
import { discard } from './read-body.js';
import type { AttemptAnswer } from './send-attempt.js';

/**
 * Handles a 401 once per call: asks auth to recover (refresh the token, unless someone else
 * already did) and, when it can, lets the loop retry at once. A second 401, or one auth cannot
 * recover from, falls through to the error mapping (`AuthError`, `unauthorized`).
 *
 * @param call - The call.
 * @param answer - The answer.
 * @returns `true` when the caller should retry with the new credentials.
 * @throws {@link AuthError} with code `invalid_grant` when the refresh is refused.
 * @example
 * ```ts
 * if (await retryUnauthorized(call, answer)) continue;
 * ```
 */
export async function retryUnauthorized(
  call: CallContext,
  answer: AttemptAnswer,
): Promise<boolean> {
  const { response, authAttempt } = answer;
  const auth = call.settings.auth;
  if (response.status !== 401 || !authAttempt || !auth?.recover || call.recovered) return false;
  call.recovered = true;
  discard(response);
  if (!(await auth.recover(authAttempt, call.signal))) return false;
  await call.wait('unauthorized', 0, answer.attempt);
  return true;
}
