import type * as zc from 'zod/v4/core';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { isSecretHeader, redact } from '../errors/redact.js';
import { isIdempotentMethod } from './backoff.js';
import { buildUrl } from './build-url.js';
import type { Clock } from './clock.js';
import { emit, type RetryEvent } from './hooks.js';
import type { HttpClientSettings, HttpRequestOptions } from './http-types.js';
import type { SecretSet } from './secret-set.js';

/**
 * One call through the HTTP client: its settings resolved once, the counters its attempts
 * share, and the two things every answer handler needs (waiting with a retry event, building a
 * {@link RateLimitError}). Internal to the client loop.
 */
export interface CallContext {
  /** The client's settings. */
  readonly settings: HttpClientSettings;
  /** Time source. */
  readonly clock: Clock;
  /** Provider id. */
  readonly provider: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** Full URL, query included. */
  readonly url: URL;
  /** `METHOD /path`, for errors. */
  readonly endpoint: string;
  /** Whether 5xx and network errors may be retried. */
  readonly idempotent: boolean;
  /** Retries allowed after 5xx and network errors. */
  readonly retryLimit: number;
  /** Longest rate-limit wait before {@link RateLimitError}. */
  readonly bound: number;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  /** 5xx and network retries made so far. */
  retries: number;
  /** 429 waits made so far. */
  rateLimitWaits: number;
  /** Whether the one refresh-and-retry after a 401 was spent. */
  recovered: boolean;
  /**
   * Every secret of the connection (each one it has had in this process) and of this request
   * (its credential-named headers): removed from errors and events. Built only when one is.
   */
  secrets(): readonly string[];
  /** Records the credential an attempt sent, so it stays redacted after a refresh replaces it. */
  noteCredential(credential: string): void;
  /** The URL with secrets redacted, for events. */
  redactedUrl(): string;
  /** Emits a retry event, then sleeps `waitMs` (aborted by the caller's signal). */
  wait(reason: RetryEvent['reason'], waitMs: number, attempt: number): Promise<void>;
  /** Builds the {@link RateLimitError} for a spent budget or a 429 that cannot be waited for. */
  rateLimited(retryAt: number, message: string, limit?: string): RateLimitError;
}

/**
 * Resolves a call's settings (method, URL, retry limit, rate-limit bound, timeout) from the
 * request and the client's settings.
 *
 * @param settings - The client's settings.
 * @param clock - The client's clock.
 * @param base - The base URL, ending with `/`.
 * @param secrets - The client's secret set, read when an error or event is built.
 * @param options - The request.
 * @example
 * ```ts
 * const call = createCallContext(settings, systemClock, base, createSecretSet([]), { path: 'me' });
 * await call.wait('budget', 1_000, 0);
 * ```
 */
export function createCallContext<S extends zc.$ZodType | undefined>(
  settings: HttpClientSettings,
  clock: Clock,
  base: URL,
  secretSet: SecretSet,
  options: HttpRequestOptions<S, boolean | undefined>,
): CallContext {
  const { provider } = settings;
  let requestSecretsTaken = options.headers === undefined;
  const secrets = (): readonly string[] => {
    if (!requestSecretsTaken) {
      requestSecretsTaken = true;
      const values: string[] = [];
      for (const [name, value] of Object.entries(options.headers ?? {})) {
        if (!isSecretHeader(name)) continue;
        values.push(value);
        const scheme = /^\w+\s+(\S+)$/.exec(value); // `Bearer <token>`: the token alone too
        if (scheme?.[1]) values.push(scheme[1]);
      }
      secretSet.add(values);
    }
    return secretSet.all();
  };
  const method = (options.method ?? 'GET').toUpperCase();
  const url = buildUrl(base, options.path, options.query);
  const endpoint = `${method} ${url.pathname}`;
  const redactedUrl = (): string => redact(url.toString(), secrets());
  return {
    settings,
    clock,
    provider,
    method,
    url,
    endpoint,
    idempotent: options.idempotent ?? isIdempotentMethod(method),
    retryLimit: settings.retry?.limit ?? 2,
    bound: options.maxRateLimitWaitMs ?? settings.maxRateLimitWaitMs ?? 60_000,
    timeoutMs: options.timeoutMs ?? settings.timeoutMs ?? 30_000,
    signal: options.signal,
    retries: 0,
    rateLimitWaits: 0,
    recovered: false,
    secrets,
    noteCredential: (credential) => secretSet.noteCredential(credential),
    redactedUrl,
    async wait(reason, waitMs, attempt) {
      const onRetry = settings.hooks?.onRetry;
      if (onRetry) {
        const url = redactedUrl();
        emit(onRetry, { type: 'retry', provider, method, url, reason, waitMs, attempt });
      }
      await clock.sleep(waitMs, options.signal);
    },
    rateLimited(retryAt, message, limit) {
      return new RateLimitError(
        `${provider} ${message}; retry at ${new Date(retryAt).toISOString()}`,
        {
          provider,
          retryAt: new Date(retryAt),
          endpoint,
          secrets: secrets(),
          ...(limit ? { limit } : {}),
        },
      );
    },
  };
}
