import { createHeaderRateLimitPolicy, type RateLimitPolicy } from '@fitlink/core';

/** Options of {@link createSpotifyRateLimitPolicy}. */
export interface SpotifyRateLimitPolicyOptions {
  /**
   * Least time between two requests. Spotify counts requests in a rolling 30-second window
   * per app and does not publish the budget (it depends on development or extended quota
   * mode), so by default nothing is spaced and a 429's `Retry-After` is waited out.
   * @defaultValue 0
   */
  minIntervalMs?: number;
}

/**
 * Spotify's rate-limit policy: a rolling 30-second window per app with an unpublished budget
 * and no budget headers, so the only signal is a 429 with `Retry-After` (seconds), which the
 * client waits out (or throws `RateLimitError` when the wait exceeds its bound). Share one
 * instance between all clients of one app: the budget is per app, not per user.
 *
 * @param options - Optional request spacing.
 * @see https://developer.spotify.com/documentation/web-api/concepts/rate-limits
 *
 * @example
 * ```ts
 * import { createSpotifyRateLimitPolicy } from '@fitlink/spotify';
 * const rateLimitPolicy = createSpotifyRateLimitPolicy({ minIntervalMs: 100 });
 * ```
 */
export function createSpotifyRateLimitPolicy(
  options: SpotifyRateLimitPolicyOptions = {},
): RateLimitPolicy {
  // No RateLimit-* or X-RateLimit-* headers exist on Spotify: no parsers, Retry-After only.
  return createHeaderRateLimitPolicy({
    parsers: [],
    name: 'spotify-30s-window',
    ...(options.minIntervalMs === undefined ? {} : { minIntervalMs: options.minIntervalMs }),
  });
}
