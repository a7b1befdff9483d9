import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { SPOTIFY_ROUTES } from '../endpoints.js';
import type { SpotifyTrack } from '../schemas/track.js';
import { invalidOption } from './shared.js';

/** Options of the track reads. */
export interface SpotifyTrackOptions extends CallOptions {
  /** An ISO 3166-1 alpha-2 market for track relinking. */
  market?: string;
}

/** `client.tracks`: catalog tracks (any token, app-only included). */
export interface SpotifyTracksResource {
  /**
   * Reads one track (`GET /tracks/{id}`).
   *
   * @param trackId - The track's Spotify id (not its URI).
   * @throws `ProviderError` with status 404 for an unknown id.
   * @example
   * ```ts
   * const track = await client.tracks.get('11dFghVXANMlKmJXsNCbNl');
   * ```
   */
  get(trackId: string, options?: SpotifyTrackOptions): Promise<SpotifyTrack>;
  /**
   * Reads up to 50 tracks in one request (`GET /tracks?ids=`); unknown ids give `null`.
   *
   * @deprecated Spotify removed this endpoint for development-mode apps in February 2026
   * (new apps from 11 February, existing ones from 9 March 2026); extended-quota apps keep
   * it. Use {@link SpotifyTracksResource.get} per id instead.
   * @throws `FitlinkError` with code `invalid_argument` for no ids or more than 50.
   */
  getMany(
    trackIds: readonly string[],
    options?: SpotifyTrackOptions,
  ): Promise<(SpotifyTrack | null)[]>;
}

/** Builds `client.tracks`. */
export function createTracksResource(http: HttpClient): SpotifyTracksResource {
  return {
    async get(trackId, options = {}) {
      const route = SPOTIFY_ROUTES.track;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, { trackId }),
        query: { market: options.market },
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async getMany(trackIds, options = {}) {
      if (trackIds.length < 1 || trackIds.length > 50) {
        throw invalidOption(`tracks.getMany takes 1 to 50 ids, got ${trackIds.length}`);
      }
      const route = SPOTIFY_ROUTES.tracks;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        query: { ids: trackIds.join(','), market: options.market },
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data.tracks;
    },
  };
}
