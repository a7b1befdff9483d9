import type { CallOptions, HttpClient, Paginator } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { SPOTIFY_ROUTES } from '../endpoints.js';
import type { SpotifyPlaylist, SpotifyPlaylistItem } from '../schemas/playlist.js';
import {
  type SpotifyOffsetCursor,
  type SpotifyOffsetListOptions,
  spotifyOffsetPaging,
} from './shared.js';

/** `client.playlists`: playlists the user owns or follows (scope `playlist-read-private`). */
export interface SpotifyPlaylistsResource {
  /**
   * Iterates the user's playlists (`GET /me/playlists`).
   *
   * @example
   * ```ts
   * for await (const playlist of client.playlists.list()) console.log(playlist.name);
   * ```
   */
  list(options?: SpotifyOffsetListOptions): Paginator<SpotifyPlaylist, SpotifyOffsetCursor>;
}

/** Options of {@link SpotifyPlaylistItemsResource.list}. */
export interface SpotifyPlaylistItemsListOptions extends SpotifyOffsetListOptions {
  /** An ISO 3166-1 alpha-2 market for track relinking. */
  market?: string;
}

/**
 * `client.playlistItems`: the items of a playlist the user owns or collaborates on
 * (`GET /playlists/{id}/items`; other playlists answer 403).
 */
export interface SpotifyPlaylistItemsResource {
  /**
   * Iterates a playlist's items. Uses `/playlists/{id}/items`: `/playlists/{id}/tracks` was
   * removed in February 2026. The track or episode is in `item` (read `item ?? track` for
   * older payloads); it may be `null` when unavailable.
   *
   * @param playlistId - The playlist's Spotify id.
   * @example
   * ```ts
   * for await (const entry of client.playlistItems.list('3cEYpjA9oz9GiPac4AsH4n')) console.log(entry.item?.name);
   * ```
   */
  list(
    playlistId: string,
    options?: SpotifyPlaylistItemsListOptions,
  ): Paginator<SpotifyPlaylistItem, SpotifyOffsetCursor>;
}

/** Builds `client.playlists`. */
export function createPlaylistsResource(http: HttpClient): SpotifyPlaylistsResource {
  return {
    list(options = {}) {
      const route = SPOTIFY_ROUTES.myPlaylists;
      return spotifyOffsetPaging(options, async (offset, limit, signal) => {
        const { data } = await http.request({
          method: route.method,
          path: routePath(route),
          query: { limit, offset },
          schema: route.response,
          ...pickCallOptions(options as CallOptions),
          ...(signal ? { signal } : {}),
        });
        return data;
      });
    },
  };
}

/** Builds `client.playlistItems`. */
export function createPlaylistItemsResource(http: HttpClient): SpotifyPlaylistItemsResource {
  return {
    list(playlistId, options = {}) {
      const route = SPOTIFY_ROUTES.playlistItems;
      return spotifyOffsetPaging(options, async (offset, limit, signal) => {
        const { data } = await http.request({
          method: route.method,
          path: routePath(route, { playlistId }),
          query: { limit, offset, market: options.market, additional_types: 'track,episode' },
          schema: route.response,
          ...pickCallOptions(options),
          ...(signal ? { signal } : {}),
        });
        return data;
      });
    },
  };
}
