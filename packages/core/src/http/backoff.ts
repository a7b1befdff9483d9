/** Settings of the retry loop for 5xx answers and network errors on idempotent requests. */
export interface RetrySettings {
  /** Retries after the first attempt. @defaultValue 2 */
  limit?: number;
  /** Delay before the first retry, before jitter. @defaultValue 500 */
  baseDelayMs?: number;
  /** Upper bound of any single delay. @defaultValue 30000 */
  maxDelayMs?: number;
}

/**
 * Jittered exponential backoff ("full jitter"): a random delay between half and all of
 * `baseDelayMs * 2^attempt`, capped at `maxDelayMs`.
 *
 * @param attempt - 0 for the first retry.
 * @param settings - Base and cap.
 * @param random - Source of randomness in [0, 1). @defaultValue Math.random
 * @returns The delay in milliseconds.
 */
export function backoffDelay(
  attempt: number,
  settings: RetrySettings = {},
  random: () => number = Math.random,
): number {
  const base = settings.baseDelayMs ?? 500;
  const cap = settings.maxDelayMs ?? 30_000;
  const ceiling = Math.min(cap, base * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Whether a method may be retried blindly (RFC 9110 idempotent methods).
 *
 * @param method - HTTP method.
 */
export function isIdempotentMethod(method: string): boolean {
  return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'].includes(method.toUpperCase());
}
