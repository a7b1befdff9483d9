/** Emitted before each attempt. URLs and headers are redacted. */
export interface RequestEvent {
  type: 'request';
  provider: string;
  method: string;
  /** The URL with secret query parameters redacted. */
  url: string;
  /** Request headers, credentials replaced by `[REDACTED]`. */
  headers: Record<string, string>;
  /** 0 for the first attempt. */
  attempt: number;
}

/** Emitted after each answer. */
export interface ResponseEvent {
  type: 'response';
  provider: string;
  method: string;
  url: string;
  status: number;
  /** Response headers, redacted. */
  headers: Record<string, string>;
  durationMs: number;
  attempt: number;
}

/** Emitted when the client waits before trying again. */
export interface RetryEvent {
  type: 'retry';
  provider: string;
  method: string;
  url: string;
  /** Why: a 5xx, a network error, a 429, a spent budget, or a 401 that led to a refresh. */
  reason: 'server-error' | 'network' | 'rate-limited' | 'budget' | 'unauthorized';
  waitMs: number;
  attempt: number;
}

/** Emitted when a connection's tokens were refreshed. Never carries the tokens. */
export interface RefreshEvent {
  type: 'refresh';
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
