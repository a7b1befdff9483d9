import type { CallOptions, Play, TimeRange } from '@fitlink/core';
import { SPOTIFY_MAX_PAGE_SIZE } from './endpoints.js';
import { mapSpotifyPlay } from './mapper/to-play.js';
import type { SpotifyRecentlyPlayedResource } from './resources/recently-played.js';

/** The resources the normalized lists read. */
export interface SpotifySourceResources {
  /** The play history (`/me/player/recently-played`). */
  readonly recentlyPlayed: SpotifyRecentlyPlayedResource;
}

/** The normalized layer of a Spotify client: core records from the wire resources. */
export interface SpotifySources {
  /**
   * Normalized plays in a time range (`until` exclusive), newest first, from the history
   * Spotify keeps (the last 50 plays).
   */
  listPlays(range?: TimeRange & CallOptions): AsyncIterable<Play>;
}

/**
 * Builds the normalized lists over a client's resources. The range is trimmed by the
 * recently-played resource itself (core's `resolveRange` and `inRange`: `until` defaults to the
 * client's clock, and paging stops once plays older than `since` show up); this layer only maps.
 *
 * @param resources - The client's resources.
 */
export function createSpotifySources(resources: SpotifySourceResources): SpotifySources {
  return {
    async *listPlays(range = {}) {
      // One request of 50 covers the whole history Spotify keeps.
      const items = resources.recentlyPlayed.list({ ...range, pageSize: SPOTIFY_MAX_PAGE_SIZE });
      for await (const item of items) yield mapSpotifyPlay(item);
    },
  };
}
