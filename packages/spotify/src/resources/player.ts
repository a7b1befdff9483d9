import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { SPOTIFY_ROUTES } from '../endpoints.js';
import type { SpotifyCurrentlyPlaying, SpotifyPlaybackState } from '../schemas/player.js';

/** Options of the player reads. */
export interface SpotifyPlayerOptions extends CallOptions {
  /** An ISO 3166-1 alpha-2 market for track relinking. */
  market?: string;
}

/** `client.player`: what plays now. */
export interface SpotifyPlayerResource {
  /**
   * The playback state with device, shuffle and repeat (`GET /me/player`, scope
   * `user-read-playback-state`); `null` when no playback is active (Spotify's 204).
   *
   * @example
   * ```ts
   * const state = await client.player.get();
   * console.log(state?.device.name);
   * ```
   */
  get(options?: SpotifyPlayerOptions): Promise<SpotifyPlaybackState | null>;
  /**
   * The track or episode playing now (`GET /me/player/currently-playing`, scope
   * `user-read-currently-playing`); `null` when nothing plays (Spotify's 204 is not an error).
   *
   * @example
   * ```ts
   * const now = await client.player.currentlyPlaying();
   * if (now?.item) console.log(now.item.name);
   * ```
   */
  currentlyPlaying(options?: SpotifyPlayerOptions): Promise<SpotifyCurrentlyPlaying | null>;
}

/** Builds `client.player`. */
export function createPlayerResource(http: HttpClient): SpotifyPlayerResource {
  // Ask for episodes too: without it Spotify sends `item: null` while a podcast plays.
  const query = (options: SpotifyPlayerOptions = {}) => ({
    additional_types: 'track,episode',
    market: options.market,
  });
  return {
    async get(options) {
      const route = SPOTIFY_ROUTES.playbackState;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        query: query(options),
        schema: route.response,
        // 204 when no device is active: `null`, not an error.
        allowEmpty: true,
        ...pickCallOptions(options),
      });
      return data;
    },
    async currentlyPlaying(options) {
      const route = SPOTIFY_ROUTES.currentlyPlaying;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        query: query(options),
        schema: route.response,
        // 204 when nothing plays: `null`, not an error.
        allowEmpty: true,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
