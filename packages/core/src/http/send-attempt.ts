import type * as zc from 'zod/v4/core';
import { redactValue } from '../errors/redact.js';
import { isPromiseLike } from './async-rate-limit-policy.js';
import type { CallContext } from './call-context.js';
import { emit } from './hooks.js';
import type { HttpRequestOptions } from './http-types.js';
import { lazyEventFields } from './lazy-event-fields.js';
import type { RateLimitRequest, RateLimitResponse } from './rate-limit-policy.js';
import type { AuthAttempt } from './request-auth.js';
import { retryTransientFailure } from './retry-transient.js';
import { releaseAnswer, sendOnce } from './transport.js';

/** An HTTP answer to one attempt, with what the answer handlers need to judge it. */
export interface AttemptAnswer {
  /** The answer; its body is still unread. */
  response: Response;
  /** The answer as the rate-limit policy saw it. */
  limitResponse: RateLimitResponse;
  /** What auth used, for a refresh after a 401; `undefined` for anonymous calls. */
  authAttempt: AuthAttempt | undefined;
  /** 0 for the first attempt. */
  attempt: number;
}

/**
 * Sends one attempt: builds headers and body, applies auth, emits the request and response
 * events, and feeds the answer to the rate-limit policy (awaiting it when it returns a promise,
 * so what it learns is in place before the next `reserve`).
 *
 * @param call - The call.
 * @param options - The request.
 * @param limitRequest - What the policy was asked before this attempt.
 * @param attempt - 0 for the first attempt.
 * @returns The answer, or `undefined` after a network error that was waited out for a retry.
 * @throws {@link FitlinkError} with code `network`, `timeout` or `aborted` when no answer came
 * and no retry is allowed; whatever auth throws (an `AuthError` for a dead grant). The answer's
 * body is still under the attempt's `timeoutMs`: read it with `readAnswerText` or drop it with
 * `releaseAnswer`.
 * @example
 * ```ts
 * const answer = await sendAttempt(call, options, limitRequest, attempt);
 * if (answer === undefined) continue; // network error, backed off
 * ```
 */
export async function sendAttempt<S extends zc.$ZodType | undefined>(
  call: CallContext,
  options: HttpRequestOptions<S, boolean | undefined>,
  limitRequest: RateLimitRequest,
  attempt: number,
): Promise<AttemptAnswer | undefined> {
  const { settings, provider, method, url } = call;
  const hooks = settings.hooks ?? {};
  const headers = new Headers(settings.headers);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  let body: BodyInit | undefined = options.body;
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(options.json);
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const form = body instanceof URLSearchParams ? { form: body } : {};
  const authAttempt =
    settings.auth && !options.anonymous
      ? await settings.auth.apply({ method, url, headers, ...form }, call.signal)
      : undefined;
  if (authAttempt) call.noteCredential(authAttempt.credential);

  if (hooks.onRequest) {
    // Each attempt builds its own headers, so these are the ones sent even if read later.
    const event = lazyEventFields(
      { type: 'request' as const, provider, method, attempt },
      {
        url: () => call.redactedUrl(),
        headers: () => redactValue(headers, call.secrets()) as Record<string, string>,
      },
    );
    emit(hooks.onRequest, event);
  }
  const started = call.clock.now();
  let response: Response;
  try {
    const transport = { method, url, headers, body, timeoutMs: call.timeoutMs };
    const extra = { signal: call.signal, fetch: settings.fetch };
    response = await sendOnce({ ...transport, ...extra }, call.secrets);
  } catch (error) {
    await retryTransientFailure(call, error, attempt);
    return undefined;
  }
  const durationMs = call.clock.now() - started;
  const limitResponse = {
    status: response.status,
    headers: response.headers,
    request: limitRequest,
  };
  try {
    const observed = settings.rateLimit?.observe(limitResponse);
    if (isPromiseLike(observed)) await observed;
  } catch (error) {
    releaseAnswer(response); // ends the body's deadline
    throw error;
  }
  if (hooks.onResponse) {
    const { status } = response;
    const event = lazyEventFields(
      { type: 'response' as const, provider, method, status, durationMs, attempt },
      {
        url: () => call.redactedUrl(),
        headers: () => redactValue(response.headers, call.secrets()) as Record<string, string>,
      },
    );
    emit(hooks.onResponse, event);
  }
  return { response, limitResponse, authAttempt, attempt };
}
