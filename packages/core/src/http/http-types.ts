import type * as zc from 'zod/v4/core';
import type { FitlinkError } from '../errors/fitlink-error.js';
import type { AsyncRateLimitPolicy } from './async-rate-limit-policy.js';
import type { RetrySettings } from './backoff.js';
import type { Clock } from './clock.js';
import type { HttpHooks } from './hooks.js';
import type { RequestAuth } from './request-auth.js';
import type { ValidationMode } from './validate.js';

/** What a provider's error mapper is given. */
export interface ErrorContext {
  /** Provider id. */
  provider: string;
  /** HTTP status of the answer. */
  status: number;
  /** Method and path, without query. */
  endpoint: string;
  /** Headers of the answer. */
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
  /**
   * The provider's rate-limit policy; share one instance between clients sharing a budget. An
   * in-process {@link RateLimitPolicy} or an {@link AsyncRateLimitPolicy} whose budget lives in a
   * shared store (its promises are awaited).
   */
  rateLimit?: AsyncRateLimitPolicy;
  /** Retry settings for 5xx and network errors on idempotent requests. */
  retry?: RetrySettings;
  /** Per-attempt timeout, covering the answer's headers and reading its body. @defaultValue 30000 */
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
  /**
   * Parses JSON answers, for providers whose ids do not fit a double (Strava's int64 ids pass
   * 2^53): such a parser keeps them exact, as strings or bigints. Errors it throws become a
   * `ProviderError` ("not JSON"), as `JSON.parse` errors do.
   * @defaultValue `JSON.parse`
   */
  parseJson?: (text: string) => unknown;
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

/**
 * One request through {@link HttpClient.request}. `E` is the type of `allowEmpty`: inferred from
 * an object literal (`allowEmpty: true` makes `data` nullable); name it (`HttpRequestOptions<S,
 * true>`) when declaring options ahead of the call.
 */
export interface HttpRequestOptions<
  S extends zc.$ZodType | undefined = undefined,
  E extends boolean | undefined = undefined,
> {
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
  /**
   * Whether an empty answer (204, or a success without a body) is `data: null` (typed as such).
   * Without it, an empty answer to a JSON request with a `schema` is a {@link ValidationError}
   * naming the endpoint: set it only where the provider documents an empty answer (Spotify's
   * 204 "nothing playing").
   * @defaultValue false
   */
  allowEmpty?: E;
  /**
   * How to read the body: parsed JSON, text, the raw bytes (`data` is a `Uint8Array`, for binary
   * downloads such as FIT files) or not at all.
   * @defaultValue 'json'
   */
  responseType?: 'json' | 'text' | 'bytes' | 'none';
  /**
   * Whether it may be retried blindly after a 5xx, a network error (before or during the body),
   * a timeout or a body that is not JSON (cut short).
   * @defaultValue true for GET/HEAD/PUT/DELETE/OPTIONS
   */
  idempotent?: boolean;
  /** Send without credentials. @defaultValue false */
  anonymous?: boolean;
  /** Aborts the request and any wait. */
  signal?: AbortSignal;
  /** Per-attempt timeout, covering the answer's headers and reading its body. */
  timeoutMs?: number;
  /** Longest rate-limit wait for this call. */
  maxRateLimitWaitMs?: number;
}

/** The answer of {@link HttpClient.request}. */
export interface HttpResult<T> {
  /** HTTP status of the answer. */
  status: number;
  /** Headers of the answer. */
  headers: Headers;
  /**
   * The decoded (and, with a schema, validated) body; `null` for allowed statuses, and for an
   * empty answer when the request set `allowEmpty` or has no schema.
   */
  data: T;
}

/** The data type a request resolves to. */
export type ResultData<S> = S extends zc.$ZodType ? zc.output<S> : unknown;

/** `null` when a request sets `allowEmpty: true` (or a boolean), else nothing. */
export type EmptyData<E> = true extends E ? null : never;

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
   * @throws {@link ValidationError} when the answer does not match `schema`, or is empty
   * without `allowEmpty`.
   * @throws {@link FitlinkError} with code `timeout` (headers or body later than `timeoutMs`),
   * `network` (no answer, or the connection dropped mid-body) or `aborted`.
   */
  request<S extends zc.$ZodType | undefined = undefined, E extends boolean | undefined = undefined>(
    options: HttpRequestOptions<S, E>,
  ): Promise<HttpResult<ResultData<S> | EmptyData<E>>>;
}
