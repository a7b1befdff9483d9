import {
  type Paginator,
  type Play,
  type PlaySource,
  type SourceListOptions,
  transformPages,
} from '@fitlink/core';
import { SPOTIFY_MAX_PAGE_SIZE } from './endpoints.js';
import { mapSpotifyPlay } from './mapper/to-play.js';
import type {
  SpotifyPlayCursor,
  SpotifyRecentlyPlayedResource,
} from './resources/recently-played.js';

/** The resources the normalized lists read. */
export interface SpotifySourceResources {
  /** The play history (`/me/player/recently-played`). */
  readonly recentlyPlayed: SpotifyRecentlyPlayedResource;
}

/** Options of {@link SpotifySources.listPlays}. */
export interface SpotifyListPlaysOptions extends SourceListOptions<SpotifyPlayCursor> {
  /**
   * Plays per request, 1 to 50. Smaller pages make the cursor finer (a resume re-reads at most
   * one page) at the cost of more requests.
   * @defaultValue 50 (the whole history Spotify keeps, in one request)
   */
  pageSize?: number;
}

/** The normalized layer of a Spotify client: core records from the wire resources. */
export interface SpotifySources extends PlaySource<SpotifyPlayCursor> {
  /** Always `'spotify'`. */
  readonly provider: 'spotify';
  /**
   * Normalized plays in a time range (`until` exclusive), newest first, from the history
   * Spotify keeps (the last 50 plays): a core `Paginator` over the recently-played pages whose
   * `cursor` is the page being read: `{ before }` a play time (Unix ms), which new plays do not
   * move, so a resume re-reads at most that page and misses nothing.
   *
   * @example
   * ```ts
   * const plays = client.listPlays({ since: new Date(Date.now() - 3_600_000), cursor: saved });
   * for await (const play of plays) console.log(play.trackName, plays.cursor);
   * ```
   */
  listPlays(range?: SpotifyListPlaysOptions): Paginator<Play, SpotifyPlayCursor>;
}

/**
 * Builds the normalized lists over a client's resources. The range is trimmed by the
 * recently-played resource itself (core's `resolveRange` and `inRange`: `until` defaults to the
 * client's clock, and paging stops once plays older than `since` show up); this layer maps
 * each page and keeps the resource's `{ before }` cursor.
 *
 * @param resources - The client's resources.
 */
export function createSpotifySources(resources: SpotifySourceResources): SpotifySources {
  return {
    provider: 'spotify',
    listPlays(range = {}) {
      const items = resources.recentlyPlayed.list({
        ...range,
        pageSize: range.pageSize ?? SPOTIFY_MAX_PAGE_SIZE,
      });
      return transformPages(items, { map: (page) => page.map((item) => mapSpotifyPlay(item)) });
    },
  };
}
