import type { CallOptions, HttpRequestOptions } from '@fitlink/core';

/** Copies the per-call options a caller gave into a request, leaving absent ones absent. */
export function callOptions(
  options: CallOptions = {},
): Pick<HttpRequestOptions, 'signal' | 'timeoutMs' | 'maxRateLimitWaitMs'> {
  return {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxRateLimitWaitMs !== undefined
      ? { maxRateLimitWaitMs: options.maxRateLimitWaitMs }
      : {}),
  };
}

/**
 * SmashRun's `fromDate`: unix seconds (UTC). The explorer says the search endpoints take "unix
 * timestamps (UTC)"; fitlink sends the instant's epoch seconds, never a local-time value.
 *
 * @param since - The instant.
 */
export function toFromDate(since: Date): number {
  return Math.floor(since.getTime() / 1000);
}
