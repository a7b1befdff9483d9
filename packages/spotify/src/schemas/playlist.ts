import * as z from 'zod/mini';
import { spotifyExternalUrlsSchema, spotifyImageSchema } from './common.js';
import { spotifyPagingSchema } from './paging.js';
import { spotifyPlayableSchema } from './player.js';

/** A playlist as listed (`SimplifiedPlaylistObject`). */
export const spotifyPlaylistSchema = z.looseObject({
  /** Spotify id. */
  id: z.string(),
  /** Name. */
  name: z.string(),
  /** Description, `null` unless set. */
  description: z.nullish(z.string()),
  /** Whether others may edit it. */
  collaborative: z.optional(z.boolean()),
  /** Public, private, or `null` when not relevant. */
  public: z.nullish(z.boolean()),
  /** Version id. */
  snapshot_id: z.optional(z.string()),
  /** Owner. */
  owner: z.optional(
    z.looseObject({
      /** The owner's user id. */
      id: z.optional(z.string()),
      /** The owner's display name. */
      display_name: z.nullish(z.string()),
    }),
  ),
  /** Link to the items and their count (the February 2026 name). */
  items: z.nullish(
    z.looseObject({
      /** Web API link to the entries. */
      href: z.optional(z.string()),
      /** Number of entries. */
      total: z.optional(z.number()),
    }),
  ),
  /**
   * Link to the tracks and their count.
   * @deprecated Renamed `items` in February 2026.
   */
  tracks: z.nullish(
    z.looseObject({
      /** Web API link to the entries. */
      href: z.optional(z.string()),
      /** Number of entries. */
      total: z.optional(z.number()),
    }),
  ),
  /** Cover images (temporary URLs). */
  images: z.nullish(z.array(spotifyImageSchema)),
  /** `spotify:playlist:<id>`. */
  uri: z.optional(z.string()),
  /** Web API link. */
  href: z.optional(z.string()),
  /** `playlist`. */
  type: z.optional(z.string()),
  /** Known external URLs. */
  external_urls: z.optional(spotifyExternalUrlsSchema),
});

/** A playlist as listed. */
export type SpotifyPlaylist = z.infer<typeof spotifyPlaylistSchema>;

/**
 * A page of the user's playlists (`GET /me/playlists`).
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-a-list-of-current-users-playlists
 */
export const spotifyPlaylistsSchema = spotifyPagingSchema(spotifyPlaylistSchema);

/** A page of playlists. */
export type SpotifyPlaylists = z.infer<typeof spotifyPlaylistsSchema>;

/**
 * One playlist entry (`PlaylistTrackObject`): the track or episode is in `item` since
 * February 2026 (`track` is the deprecated name); either may be `null` for unavailable items.
 */
export const spotifyPlaylistItemSchema = z.looseObject({
  /** When it was added (`null` on very old playlists). */
  added_at: z.nullish(z.string()),
  /** Who added it (`null` on very old playlists). */
  added_by: z.nullish(
    z.looseObject({
      /** The user id of who added it. */
      id: z.optional(z.string()),
    }),
  ),
  /** Whether it is a local file. */
  is_local: z.optional(z.boolean()),
  /** The track or episode. */
  item: z.nullish(spotifyPlayableSchema),
  /**
   * The track or episode.
   * @deprecated Renamed `item` in February 2026; read `item ?? track`.
   */
  track: z.nullish(spotifyPlayableSchema),
});

/** One playlist entry. */
export type SpotifyPlaylistItem = z.infer<typeof spotifyPlaylistItemSchema>;

/**
 * A page of a playlist's items (`GET /playlists/{id}/items`).
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-playlists-items
 */
export const spotifyPlaylistItemsSchema = spotifyPagingSchema(spotifyPlaylistItemSchema);

/** A page of playlist items. */
export type SpotifyPlaylistItems = z.infer<typeof spotifyPlaylistItemsSchema>;
