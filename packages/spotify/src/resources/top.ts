import type { HttpClient, Paginator } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { SPOTIFY_ROUTES } from '../endpoints.js';
import type { SpotifyArtist, SpotifyTimeRange } from '../schemas/top.js';
import type { SpotifyTrack } from '../schemas/track.js';
import {
  invalidOption,
  type SpotifyOffsetCursor,
  type SpotifyOffsetListOptions,
  spotifyOffsetPaging,
} from './shared.js';

/** Options of the top-items lists. */
export interface SpotifyTopListOptions extends SpotifyOffsetListOptions {
  /** About 4 weeks, 6 months, or a year and more. @defaultValue 'medium_term' (Spotify's default) */
  timeRange?: SpotifyTimeRange;
}

/** `client.topArtists` / `client.topTracks`: the user's top items (scope `user-top-read`). */
export interface SpotifyTopResource<Item> {
  /**
   * Iterates the user's top items by affinity over a time range (`GET /me/top/{type}`).
   *
   * @throws `FitlinkError` with code `invalid_argument` for an unknown time range or a `pageSize` outside 1–50.
   * @example
   * ```ts
   * const top = await client.topTracks.list({ timeRange: 'short_term' }).toArray({ limit: 10 });
   * ```
   */
  list(options?: SpotifyTopListOptions): Paginator<Item, SpotifyOffsetCursor>;
}

const TIME_RANGES: readonly SpotifyTimeRange[] = ['short_term', 'medium_term', 'long_term'];

function createTopResource<Item>(
  http: HttpClient,
  route: typeof SPOTIFY_ROUTES.topArtists | typeof SPOTIFY_ROUTES.topTracks,
): SpotifyTopResource<Item> {
  return {
    list(options = {}) {
      const timeRange = options.timeRange ?? 'medium_term';
      if (!TIME_RANGES.includes(timeRange)) {
        throw invalidOption(`timeRange must be one of ${TIME_RANGES.join(', ')}, got ${timeRange}`);
      }
      return spotifyOffsetPaging<Item>(options, async (offset, limit, signal) => {
        const { data } = await http.request({
          method: route.method,
          path: routePath(route),
          query: { time_range: timeRange, limit, offset },
          schema: route.response,
          ...pickCallOptions(options),
          ...(signal ? { signal } : {}),
        });
        return data as { items: Item[]; next: string | null };
      });
    },
  };
}

/** Builds `client.topArtists`. */
export function createTopArtistsResource(http: HttpClient): SpotifyTopResource<SpotifyArtist> {
  return createTopResource(http, SPOTIFY_ROUTES.topArtists);
}

/** Builds `client.topTracks`. */
export function createTopTracksResource(http: HttpClient): SpotifyTopResource<SpotifyTrack> {
  return createTopResource(http, SPOTIFY_ROUTES.topTracks);
}
