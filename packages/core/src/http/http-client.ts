import type * as zc from 'zod/v4/core';
import { ErrorCodes } from '../errors/codes.js';
import type { FitlinkError } from '../errors/fitlink-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { isSecretField, redact, redactValue } from '../errors/redact.js';
import { backoffDelay, isIdempotentMethod } from './backoff.js';
import { systemClock } from './clock.js';
import { emit, type RetryEvent } from './hooks.js';
import type {
  HttpClient,
  HttpClientSettings,
  HttpRequestOptions,
  HttpResult,
  QueryValue,
  ResultData,
} from './http-types.js';
import type { RateLimitRequest } from './rate-limit-policy.js';
import { discard, readBody } from './read-body.js';
import { toResponseError } from './response-error.js';
import { sendOnce } from './transport.js';

/** Rate-limit waits one request may make before giving up with {@link RateLimitError}. */
const MAX_RATE_LIMIT_WAITS = 5;

/**
 * Creates an HTTP client for one connection (or for app-only calls): credentials from `auth`
 * (refreshed before expiry and once after a 401), the rate-limit policy consulted before each
 * attempt and fed every answer, 5xx and network errors retried with jittered backoff for
 * idempotent requests only, and answers validated against the request's schema.
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
  const { provider } = settings;
  const hooks = settings.hooks ?? {};
  // Values of credential-named default headers (a cookie, an API key) are secrets too.
  const headerSecrets = Object.entries(settings.headers ?? {})
    .filter(([name]) => isSecretField(name))
    .map(([, value]) => value);
  const secrets = (): readonly string[] => [...headerSecrets, ...(settings.auth?.secrets() ?? [])];

  async function request<S extends zc.$ZodType | undefined = undefined>(
    options: HttpRequestOptions<S>,
  ): Promise<HttpResult<ResultData<S>>> {
    const method = (options.method ?? 'GET').toUpperCase();
    const url = buildUrl(base, options.path, options.query);
    const endpoint = `${method} ${url.pathname}`;
    const idempotent = options.idempotent ?? isIdempotentMethod(method);
    const retryLimit = settings.retry?.limit ?? 2;
    const bound = options.maxRateLimitWaitMs ?? settings.maxRateLimitWaitMs ?? 60_000;
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs ?? 30_000;
    const redactedUrl = (): string => redact(url.toString(), secrets());
    let retries = 0;
    let rateLimitWaits = 0;
    let recovered = false;

    const wait = async (reason: RetryEvent['reason'], waitMs: number, attempt: number) => {
      if (hooks.onRetry) {
        emit(hooks.onRetry, {
          type: 'retry',
          provider,
          method,
          url: redactedUrl(),
          reason,
          waitMs,
          attempt,
        });
      }
      await clock.sleep(waitMs, options.signal);
    };
    const rateLimited = (retryAt: number, message: string, limit?: string) =>
      new RateLimitError(`${provider} ${message}; retry at ${new Date(retryAt).toISOString()}`, {
        provider,
        retryAt: new Date(retryAt),
        endpoint,
        secrets: secrets(),
        ...(limit ? { limit } : {}),
      });

    for (let attempt = 0; ; attempt++) {
      const limitRequest: RateLimitRequest = { method, path: url.pathname, now: clock.now() };
      const decision = settings.rateLimit?.reserve(limitRequest);
      if (decision && decision.waitMs > 0) {
        if (decision.fatal || decision.waitMs > bound) {
          const retryAt = limitRequest.now + decision.waitMs;
          throw rateLimited(retryAt, `rate limit (${decision.limit}) is spent`, decision.limit);
        }
        await wait('budget', decision.waitMs, attempt);
      }

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
          ? await settings.auth.apply({ method, url, headers, ...form }, options.signal)
          : undefined;

      if (hooks.onRequest) {
        const redactedHeaders = redactValue(headers, secrets()) as Record<string, string>;
        emit(hooks.onRequest, {
          type: 'request',
          provider,
          method,
          url: redactedUrl(),
          headers: redactedHeaders,
          attempt,
        });
      }
      const started = clock.now();
      let response: Response;
      try {
        const transport = {
          method,
          url,
          headers,
          body,
          timeoutMs,
          signal: options.signal,
          fetch: settings.fetch,
        };
        response = await sendOnce(transport, secrets());
      } catch (error) {
        const retryable = (error as FitlinkError).code === ErrorCodes.network && idempotent;
        if (!retryable || retries >= retryLimit) throw error;
        await wait('network', backoffDelay(retries++, settings.retry), attempt);
        continue;
      }
      const limitResponse = {
        status: response.status,
        headers: response.headers,
        request: limitRequest,
      };
      settings.rateLimit?.observe(limitResponse);
      if (hooks.onResponse) {
        const redactedHeaders = redactValue(response.headers, secrets()) as Record<string, string>;
        const durationMs = clock.now() - started;
        emit(hooks.onResponse, {
          type: 'response',
          provider,
          method,
          url: redactedUrl(),
          status: response.status,
          headers: redactedHeaders,
          durationMs,
          attempt,
        });
      }

      if (response.status === 401 && authAttempt && settings.auth?.recover && !recovered) {
        recovered = true;
        discard(response);
        if (await settings.auth.recover(authAttempt, options.signal)) {
          await wait('unauthorized', 0, attempt);
          continue;
        }
      }
      if (response.status === 429) {
        discard(response);
        const now = clock.now();
        const retryAt =
          settings.rateLimit?.retryAt(limitResponse) ??
          now + backoffDelay(rateLimitWaits, settings.retry);
        const waitMs = Math.max(0, retryAt - now);
        if (waitMs > bound || rateLimitWaits >= MAX_RATE_LIMIT_WAITS) {
          throw rateLimited(retryAt, 'answered 429 Too Many Requests');
        }
        rateLimitWaits++;
        await wait('rate-limited', waitMs, attempt);
        continue;
      }
      if (response.status >= 500 && idempotent && retries < retryLimit) {
        discard(response);
        // A 503 may say when to come back; otherwise back off.
        const hinted = settings.rateLimit?.retryAt(limitResponse);
        const hintedWait = hinted === undefined ? undefined : Math.max(0, hinted - clock.now());
        const waitMs =
          hintedWait !== undefined && hintedWait <= bound
            ? hintedWait
            : backoffDelay(retries, settings.retry);
        retries++;
        await wait('server-error', waitMs, attempt);
        continue;
      }
      if (options.allowStatus?.includes(response.status)) {
        discard(response);
        return { status: response.status, headers: response.headers, data: null as ResultData<S> };
      }
      if (response.status >= 400) {
        const text = await response.text().catch(() => '');
        const context = {
          provider,
          status: response.status,
          endpoint,
          headers: response.headers,
          body: text,
          secrets: secrets(),
        };
        throw toResponseError(context, settings.mapError);
      }
      const data = await readBody(response, options, {
        provider,
        endpoint,
        validation: settings.validation ?? 'strict',
        onValidationWarning: settings.onValidationWarning,
        secrets: secrets(),
        parseJson: settings.parseJson ?? JSON.parse,
      });
      return { status: response.status, headers: response.headers, data };
    }
  }

  return { provider, request };
}

/**
 * Resolves a path against the base URL and appends query parameters (arrays repeat the
 * parameter; `undefined` and `null` are dropped; dates become ISO 8601).
 *
 * @param base - The base URL (ending with `/`).
 * @param path - A relative path or an absolute URL.
 * @param query - Query parameters.
 */
export function buildUrl(base: URL, path: string, query?: Record<string, QueryValue>): URL {
  const url = new URL(path.replace(/^\//, ''), base);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(name, String(item));
    else url.searchParams.set(name, value instanceof Date ? value.toISOString() : String(value));
  }
  return url;
}
