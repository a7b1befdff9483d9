/** Emitted before each attempt. URLs and headers are redacted. */
export interface RequestEvent {
  /** Event discriminator. */
  type: 'request';
  /** Provider id. */
  provider: string;
  /** HTTP method. */
  method: string;
  /** The URL with secret query parameters redacted. */
  url: string;
  /**
   * Request headers; every credential-named one (`Authorization`, `Cookie`, `X-Auth-Token`,
   * `Api-Key`, anything naming a token, secret, key, password, auth, cookie, session or
   * signature) replaced by `[REDACTED]`.
   */
  headers: Record<string, string>;
  /** 0 for the first attempt. */
  attempt: number;
}

/** Emitted after each answer. */
export interface ResponseEvent {
  /** Event discriminator. */
  type: 'response';
  /** Provider id. */
  provider: string;
  /** HTTP method. */
  method: string;
  /** The URL with secret query parameters redacted. */
  url: string;
  /** HTTP status of the answer. */
  status: number;
  /** Response headers, credential-named ones (`Set-Cookie` …) replaced by `[REDACTED]`. */
  headers: Record<string, string>;
  /** Time from sending to the answer's headers (the body is read afterwards). */
  durationMs: number;
  /** 0 for the first attempt. */
  attempt: number;
}

/** Emitted when the client waits before trying again. */
export interface RetryEvent {
  /** Event discriminator. */
  type: 'retry';
  /** Provider id. */
  provider: string;
  /** HTTP method. */
  method: string;
  /** The URL with secret query parameters redacted. */
  url: string;
  /**
   * Why: a 5xx, a network error (before the answer or while reading its body), a timeout
   * (headers or body later than `timeoutMs`), a success whose body is not JSON (cut short), a
   * 429, a spent budget, or a 401 that led to a refresh.
   */
  reason:
    | 'server-error'
    | 'network'
    | 'timeout'
    | 'invalid-body'
    | 'rate-limited'
    | 'budget'
    | 'unauthorized';
  /** How long the client waits before the next attempt. */
  waitMs: number;
  /** The attempt that is being retried (0 for the first). */
  attempt: number;
}

/** Emitted when a connection's tokens were refreshed. Never carries the tokens. */
export interface RefreshEvent {
  /** Event discriminator. */
  type: 'refresh';
  /** Provider id. */
  provider: string;
  /** The connection key. */
  key: string;
}

/** Any event the client emits. */
export type HttpEvent = RequestEvent | ResponseEvent | RetryEvent | RefreshEvent;

/**
 * Observers for logs and metrics. Events are already redacted; a throwing hook is ignored so
 * that logging never breaks a request.
 */
export interface HttpHooks {
  /** Called before each attempt. */
  onRequest?: (event: RequestEvent) => void;
  /** Called after each answer. */
  onResponse?: (event: ResponseEvent) => void;
  /** Called before each wait-and-retry. */
  onRetry?: (event: RetryEvent) => void;
  /** Called after a token refresh. */
  onRefresh?: (event: RefreshEvent) => void;
}

/** Calls a hook and swallows its failure. */
export function emit<E extends HttpEvent>(hook: ((event: E) => void) | undefined, event: E): void {
  if (!hook) return;
  try {
    hook(event);
  } catch {
    // A logging hook must never break the request it observes.
  }
}
