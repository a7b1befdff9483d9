/**
 * Endpoints whose provider package relied on an empty answer being `null` before requests could
 * say so with `allowEmpty`, keyed by provider id, as `METHOD /path` (the path as sent). They keep
 * that default until their package sets `allowEmpty: true` on the call; then their line goes.
 *
 * - spotify: `GET /me/player` and `GET /me/player/currently-playing` answer 204 when nothing
 *   plays (`client.player.get()` / `currentlyPlaying()` return `null`).
 */
const LEGACY_EMPTY_AS_NULL: Readonly<Record<string, readonly string[]>> = {
  spotify: ['GET /v1/me/player', 'GET /v1/me/player/currently-playing'],
};

/**
 * Whether an empty answer from this endpoint is `null` without the request asking (see
 * {@link LEGACY_EMPTY_AS_NULL}). Internal: read when an empty answer arrives, never otherwise.
 *
 * @param provider - The client's provider id.
 * @param endpoint - `METHOD /path` of the request.
 * @example
 * ```ts
 * legacyEmptyAsNull('spotify', 'GET /v1/me/player'); // true
 * ```
 */
export function legacyEmptyAsNull(provider: string, endpoint: string): boolean {
  return LEGACY_EMPTY_AS_NULL[provider]?.includes(endpoint) ?? false;
}
