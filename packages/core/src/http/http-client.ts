import type * as zc from 'zod/v4/core';
import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import type { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { isSecretField, redact, redactValue } from '../errors/redact.js';
import { backoffDelay, isIdempotentMethod, type RetrySettings } from './backoff.js';
import { type Clock, systemClock } from './clock.js';
import { emit, type HttpHooks } from './hooks.js';
import type { RateLimitPolicy, RateLimitRequest } from './rate-limit-policy.js';
import type { RequestAuth } from './request-auth.js';
import { sendOnce } from './transport.js';
import { type ValidationMode, validatePayload } from './validate.js';

/** What a provider's error mapper is given. */
export interface ErrorContext {
  provider: string;
  status: number;
  /** Method and path, without query. */
  endpoint: string;
  headers: Headers;
  /** The response body as text (may be empty). */
  body: string;
  /** Secrets to pass on to any error built. */
  secrets: readonly string[];
}

/** Settings of {@link createHttpClient}. */
export interface HttpClientSettings {
  /** Provider id, used in errors and events. */
  provider: string;
  /** Base URL that relative paths resolve against, e.g. `https://www.strava.com/api/v3/`. */
  baseUrl: string;
  /** How requests are authenticated; omit for public endpoints. */
  auth?: RequestAuth;
  /** The provider's rate-limit policy; share one instance between clients sharing a budget. */
  rateLimit?: RateLimitPolicy;
  /** Retry settings for 5xx and network errors on idempotent requests. */
  retry?: RetrySettings;
  /** Per-attempt timeout. @defaultValue 30000 */
  timeoutMs?: number;
  /** Longest wait for a rate limit before throwing {@link RateLimitError}. @defaultValue 60000 */
  maxRateLimitWaitMs?: number;
  /** Headers sent with every request (a `User-Agent` some providers require …). */
  headers?: Record<string, string>;
  /** The fetch to use (a sandbox's loopback fetch, a proxy …). @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Request/response observers, given redacted events. */
  hooks?: HttpHooks;
  /** Time source. @defaultValue systemClock */
  clock?: Clock;
  /** Payload validation mode. @defaultValue 'strict' */
  validation?: ValidationMode;
  /** Receives validation errors in `warn` mode. */
  onValidationWarning?: (error: FitlinkError) => void;
  /** Maps a provider's error answer to a fitlink error; return `undefined` for the default mapping. */
  mapError?: (context: ErrorContext) => FitlinkError | undefined;
}

/** Query values; arrays repeat the parameter, `undefined` drops it. */
export type QueryValue =
  | string
  | number
  | boolean
  | Date
  | undefined
  | null
  | readonly (string | number)[];

/** One request through {@link HttpClient.request}. */
export interface HttpRequestOptions<S extends zc.$ZodType | undefined = undefined> {
  /** HTTP method. @defaultValue 'GET' */
  method?: string;
  /** Path relative to the base URL, or an absolute URL. */
  path: string;
  /** Query parameters. */
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  json?: unknown;
  /** A raw body (form, multipart, text). */
  body?: BodyInit;
  /** Extra headers. */
  headers?: Record<string, string>;
  /** Schema the JSON answer must match. */
  schema?: S;
  /** Statuses answered with `data: null` instead of an error (404 for "no segments" …). */
  allowStatus?: readonly number[];
  /** How to read the body. @defaultValue 'json' */
  responseType?: 'json' | 'text' | 'none';
  /** Whether it may be retried blindly. @defaultValue true for GET/HEAD/PUT/DELETE/OPTIONS */
  idempotent?: boolean;
  /** Send without credentials. @defaultValue false */
  anonymous?: boolean;
  /** Aborts the request and any wait. */
  signal?: AbortSignal;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Longest rate-limit wait for this call. */
  maxRateLimitWaitMs?: number;
}

/** The answer of {@link HttpClient.request}. */
export interface HttpResult<T> {
  status: number;
  headers: Headers;
  data: T;
}

/** The data type a request resolves to. */
export type ResultData<S> = S extends zc.$ZodType ? zc.output<S> : unknown;

/** A per-connection HTTP client: auth, refresh, retries, rate limits, validation. */
export interface HttpClient {
  /** The provider id. */
  readonly provider: string;
  /**
   * Sends a request and returns the validated answer.
   *
   * @throws {@link AuthError} when a 401 survives a refresh or the grant is dead.
   * @throws {@link RateLimitError} when the rate-limit wait would exceed the bound.
   * @throws {@link ProviderError} for other error statuses.
   * @throws {@link ValidationError} when the answer does not match `schema`.
   */
  request<S extends zc.$ZodType | undefined = undefined>(
    options: HttpRequestOptions<S>,
  ): Promise<HttpResult<ResultData<S>>>;
}

/**
 * Creates an HTTP client for one connection (or for app-only calls).
 *
 * @example
 * ```ts
 * const http = createHttpClient({ provider: 'example', baseUrl: 'https://api.example.com/v1/',
 *   auth: bearerAuth({ tokens }), rateLimit: createHeaderRateLimitPolicy() });
 * const { data } = await http.request({ path: 'me', schema: profileSchema });
 * ```
 */
export function createHttpClient(settings: HttpClientSettings): HttpClient {
  const clock = settings.clock ?? systemClock;
  const base = new URL(settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`);
  const provider = settings.provider;
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

    for (let attempt = 0; ; attempt++) {
      const limitRequest: RateLimitRequest = { method, path: url.pathname, now: clock.now() };
      const decision = settings.rateLimit?.reserve(limitRequest);
      if (decision && decision.waitMs > 0) {
        if (decision.fatal || decision.waitMs > bound) {
          throw new RateLimitError(
            `${provider} rate limit (${decision.limit}) is spent; retry at ${new Date(limitRequest.now + decision.waitMs).toISOString()}`,
            {
              provider,
              retryAt: new Date(limitRequest.now + decision.waitMs),
              endpoint,
              limit: decision.limit,
            },
          );
        }
        if (hooks.onRetry)
          emit(hooks.onRetry, {
            type: 'retry',
            provider,
            method,
            url: redactedUrl(),
            reason: 'budget',
            waitMs: decision.waitMs,
            attempt,
          });
        await clock.sleep(decision.waitMs, options.signal);
      }

      const headers = new Headers(settings.headers);
      for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
      let body: BodyInit | undefined = options.body;
      if (options.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(options.json);
      }
      if (!headers.has('accept')) headers.set('accept', 'application/json');
      const authAttempt =
        settings.auth && !options.anonymous
          ? await settings.auth.apply(
              { method, url, headers, ...(body instanceof URLSearchParams ? { form: body } : {}) },
              options.signal,
            )
          : undefined;

      if (hooks.onRequest)
        emit(hooks.onRequest, {
          type: 'request',
          provider,
          method,
          url: redactedUrl(),
          headers: redactValue(headers, secrets()) as Record<string, string>,
          attempt,
        });
      const started = clock.now();
      let response: Response;
      try {
        response = await sendOnce(
          { method, url, headers, body, timeoutMs, signal: options.signal, fetch: settings.fetch },
          secrets(),
        );
      } catch (error) {
        const code = (error as FitlinkError).code;
        if (code === ErrorCodes.network && idempotent && retries < retryLimit) {
          const waitMs = backoffDelay(retries++, settings.retry);
          if (hooks.onRetry)
            emit(hooks.onRetry, {
              type: 'retry',
              provider,
              method,
              url: redactedUrl(),
              reason: 'network',
              waitMs,
              attempt,
            });
          await clock.sleep(waitMs, options.signal);
          continue;
        }
        throw error;
      }
      const limitResponse = {
        status: response.status,
        headers: response.headers,
        request: limitRequest,
      };
      settings.rateLimit?.observe(limitResponse);
      if (hooks.onResponse)
        emit(hooks.onResponse, {
          type: 'response',
          provider,
          method,
          url: redactedUrl(),
          status: response.status,
          headers: redactValue(response.headers, secrets()) as Record<string, string>,
          durationMs: clock.now() - started,
          attempt,
        });

      if (response.status === 401 && authAttempt && settings.auth?.recover && !recovered) {
        recovered = true;
        discard(response);
        if (await settings.auth.recover(authAttempt, options.signal)) {
          if (hooks.onRetry)
            emit(hooks.onRetry, {
              type: 'retry',
              provider,
              method,
              url: redactedUrl(),
              reason: 'unauthorized',
              waitMs: 0,
              attempt,
            });
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
        if (waitMs > bound || rateLimitWaits >= 5) {
          throw new RateLimitError(
            `${provider} answered 429 Too Many Requests; retry at ${new Date(retryAt).toISOString()}`,
            {
              provider,
              retryAt: new Date(retryAt),
              endpoint,
              secrets: secrets(),
            },
          );
        }
        rateLimitWaits++;
        if (hooks.onRetry)
          emit(hooks.onRetry, {
            type: 'retry',
            provider,
            method,
            url: redactedUrl(),
            reason: 'rate-limited',
            waitMs,
            attempt,
          });
        await clock.sleep(waitMs, options.signal);
        continue;
      }
      if (response.status >= 500 && idempotent && retries < retryLimit) {
        discard(response);
        const now = clock.now();
        const hinted = settings.rateLimit?.retryAt(limitResponse);
        const waitMs =
          hinted !== undefined && hinted - now <= bound
            ? Math.max(0, hinted - now)
            : backoffDelay(retries, settings.retry);
        retries++;
        if (hooks.onRetry)
          emit(hooks.onRetry, {
            type: 'retry',
            provider,
            method,
            url: redactedUrl(),
            reason: 'server-error',
            waitMs,
            attempt,
          });
        await clock.sleep(waitMs, options.signal);
        continue;
      }
      if (options.allowStatus?.includes(response.status)) {
        discard(response);
        return { status: response.status, headers: response.headers, data: null as ResultData<S> };
      }
      if (response.status >= 400) {
        throw toError(response, await response.text().catch(() => ''), endpoint);
      }
      return {
        status: response.status,
        headers: response.headers,
        data: await readBody(response, options, endpoint),
      };
    }
  }

  function toError(response: Response, body: string, endpoint: string): FitlinkError {
    const context: ErrorContext = {
      provider,
      status: response.status,
      endpoint,
      headers: response.headers,
      body,
      secrets: secrets(),
    };
    const mapped = settings.mapError?.(context);
    if (mapped) return mapped;
    if (response.status === 401) {
      return new AuthError(`${provider} refused the credentials (401) for ${endpoint}`, {
        code: ErrorCodes.unauthorized,
        provider,
        secrets: context.secrets,
      });
    }
    return new ProviderError(`${provider} answered ${response.status} for ${endpoint}`, {
      provider,
      status: response.status,
      endpoint,
      body,
      secrets: context.secrets,
      ...(response.status === 403 ? { code: ErrorCodes.forbidden } : {}),
    });
  }

  async function readBody<S extends zc.$ZodType | undefined>(
    response: Response,
    options: HttpRequestOptions<S>,
    endpoint: string,
  ): Promise<ResultData<S>> {
    const type = options.responseType ?? 'json';
    if (type === 'none' || response.status === 204) {
      discard(response);
      return (type === 'none' ? undefined : null) as ResultData<S>;
    }
    const text = await response.text();
    if (type === 'text') return text as ResultData<S>;
    let payload: unknown;
    try {
      payload = text === '' ? null : JSON.parse(text);
    } catch (error) {
      throw new ProviderError(`${provider} answered ${endpoint} with a body that is not JSON`, {
        provider,
        status: response.status,
        endpoint,
        body: text,
        cause: error,
        secrets: secrets(),
      });
    }
    if (!options.schema) return payload as ResultData<S>;
    return validatePayload(options.schema, payload, {
      provider,
      endpoint,
      mode: settings.validation ?? 'strict',
      ...(settings.onValidationWarning ? { onWarning: settings.onValidationWarning } : {}),
    }) as ResultData<S>;
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

// ky may hold a tee of the body; awaiting cancel() would wait for the other branch, so the
// cancellation is fired and forgotten.
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
