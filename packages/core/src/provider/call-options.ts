import type { CallOptions } from './contract.js';

/**
 * Copies the per-call options that are set (`signal`, `timeoutMs`, `maxRateLimitWaitMs`) from
 * a resource method's options into a request, leaving absent ones absent so client defaults
 * apply (with `exactOptionalPropertyTypes`, an explicit `undefined` would not be the same).
 *
 * @example
 * ```ts
 * const { data } = await http.request({ path: 'me', ...pickCallOptions(options) });
 * ```
 */
export function pickCallOptions(options: CallOptions = {}): CallOptions {
  const picked: CallOptions = {};
  if (options.signal !== undefined) picked.signal = options.signal;
  if (options.timeoutMs !== undefined) picked.timeoutMs = options.timeoutMs;
  if (options.maxRateLimitWaitMs !== undefined)
    picked.maxRateLimitWaitMs = options.maxRateLimitWaitMs;
  return picked;
}
