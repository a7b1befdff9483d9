import type { CallOptions } from '@fitlink/core';

/** Copies the per-call options that are set (absent ones stay absent). */
export function callOptions(options: CallOptions = {}): CallOptions {
  const picked: CallOptions = {};
  if (options.signal !== undefined) picked.signal = options.signal;
  if (options.timeoutMs !== undefined) picked.timeoutMs = options.timeoutMs;
  if (options.maxRateLimitWaitMs !== undefined)
    picked.maxRateLimitWaitMs = options.maxRateLimitWaitMs;
  return picked;
}
