import type * as zc from 'zod/v4/core';
import { isSecretHeader } from '../errors/redact.js';
import { errorFromAnswer } from './answer-error.js';
import { allowedAnswer, successAnswer } from './answer-success.js';
import { createCallContext } from './call-context.js';
import { systemClock } from './clock.js';
import type {
  EmptyData,
  HttpClient,
  HttpClientSettings,
  HttpRequestOptions,
  HttpResult,
  ResultData,
} from './http-types.js';
import { reserveBudget } from './reserve-budget.js';
import { retryRateLimited } from './retry-rate-limited.js';
import { retryServerError, retryTransientFailure } from './retry-transient.js';
import { retryUnauthorized } from './retry-unauthorized.js';
import { createSecretSet } from './secret-set.js';
import { sendAttempt } from './send-attempt.js';

export { buildUrl } from './build-url.js';

/**
 * Creates an HTTP client for one connection (or for app-only calls): credentials from `auth`
 * (refreshed before expiry and once after a 401), the rate-limit policy consulted before each
 * attempt and fed every answer (awaited when it answers with a promise), and answers validated
 * against the request's schema. `timeoutMs` covers each attempt from sending to the last byte of
 * the body. Idempotent requests retry with jittered backoff (one shared limit) after a 5xx, a
 * network error before or during the body, a timeout, and a success whose body is not JSON (cut
 * short); non-idempotent ones never do. Every failure is a {@link FitlinkError} whose message,
 * cause and fields are redacted against every secret the connection has had in this process
 * (tokens replaced by a refresh included); that work is done only when an error or a hook event
 * is built.
 *
 * @example
 * ```ts
 * const http = createHttpClient({ provider: 'example', baseUrl: 'https://api.example.com/v1/',
 *   auth: connectionAuth({ provider: 'example', store, key: 'user-1', refresher: app }),
 *   rateLimit: createHeaderRateLimitPolicy() });
 * const { data } = await http.request({ path: 'me', schema: profileSchema });
 * ```
 */
export function createHttpClient(settings: HttpClientSettings): HttpClient {
  const clock = settings.clock ?? systemClock;
  const base = new URL(settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`);
  // Values of credential-named default headers (a cookie, an API key) are secrets too.
  const headerSecrets = Object.entries(settings.headers ?? {})
    .filter(([name]) => isSecretHeader(name))
    .map(([, value]) => value);
  const secrets = createSecretSet(headerSecrets, settings.auth);

  // One pass per attempt; each kind of answer has its own handler, which says whether to retry.
  async function request<
    S extends zc.$ZodType | undefined = undefined,
    E extends boolean | undefined = undefined,
  >(options: HttpRequestOptions<S, E>): Promise<HttpResult<ResultData<S> | EmptyData<E>>> {
    const call = createCallContext(settings, clock, base, secrets, options);
    for (let attempt = 0; ; attempt++) {
      const limitRequest = await reserveBudget(call, attempt);
      const answer = await sendAttempt(call, options, limitRequest, attempt);
      if (answer === undefined) continue; // a network error, waited out
      if (await retryUnauthorized(call, answer)) continue;
      if (await retryRateLimited(call, answer)) continue;
      if (await retryServerError(call, answer)) continue;
      const { response } = answer;
      if (options.allowStatus?.includes(response.status)) return allowedAnswer(response);
      if (response.status >= 400) throw await errorFromAnswer(call, response);
      try {
        return await successAnswer(call, options, response);
      } catch (error) {
        // A body that stalled, broke off or is cut short: retried like a 5xx when idempotent.
        await retryTransientFailure(call, error, attempt);
      }
    }
  }

  return { provider: settings.provider, request };
}
