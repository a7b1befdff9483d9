import * as z from 'zod/mini';

/** Known external URLs of an object (`spotify`: its open.spotify.com page). */
export const spotifyExternalUrlsSchema = z.looseObject({
  /** The open.spotify.com URL. */
  spotify: z.optional(z.string()),
});

/** Known external URLs of a Spotify object. */
export type SpotifyExternalUrls = z.infer<typeof spotifyExternalUrlsSchema>;

/** An image (cover art, profile picture); sizes are `null` when unknown. */
export const spotifyImageSchema = z.looseObject({
  /** The source URL (temporary for playlist images). */
  url: z.string(),
  /** Height in pixels. */
  height: z.nullish(z.number()),
  /** Width in pixels. */
  width: z.nullish(z.number()),
});

/** An image. */
export type SpotifyImage = z.infer<typeof spotifyImageSchema>;

/** A simplified artist, as nested in tracks and albums. */
export const spotifySimplifiedArtistSchema = z.looseObject({
  /** Spotify id; absent on some local files. */
  id: z.nullish(z.string()),
  /** Artist name: the mapper needs it. */
  name: z.string(),
  /** `spotify:artist:<id>`. */
  uri: z.nullish(z.string()),
  /** Web API link. */
  href: z.nullish(z.string()),
  /** `artist`. */
  type: z.optional(z.string()),
  /** Known external URLs. */
  external_urls: z.optional(spotifyExternalUrlsSchema),
});

/** A simplified artist. */
export type SpotifySimplifiedArtist = z.infer<typeof spotifySimplifiedArtistSchema>;

/** A simplified album, as nested in tracks. */
export const spotifySimplifiedAlbumSchema = z.looseObject({
  /** Spotify id. */
  id: z.nullish(z.string()),
  /** Album name (may be `''` after a takedown). */
  name: z.string(),
  /** `album`, `single` or `compilation`. */
  album_type: z.optional(z.string()),
  /** Number of tracks. */
  total_tracks: z.optional(z.number()),
  /** Release date, as precise as `release_date_precision`. */
  release_date: z.nullish(z.string()),
  /** `year`, `month` or `day`. */
  release_date_precision: z.nullish(z.string()),
  /** Cover art, widest first. */
  images: z.optional(z.array(spotifyImageSchema)),
  /** The album's artists. */
  artists: z.optional(z.array(spotifySimplifiedArtistSchema)),
  /** `spotify:album:<id>`. */
  uri: z.nullish(z.string()),
  /** Web API link. */
  href: z.nullish(z.string()),
  /** `album`. */
  type: z.optional(z.string()),
  /** Known external URLs. */
  external_urls: z.optional(spotifyExternalUrlsSchema),
  /**
   * Markets the album is sold in.
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  available_markets: z.optional(z.array(z.string())),
});

/** A simplified album. */
export type SpotifySimplifiedAlbum = z.infer<typeof spotifySimplifiedAlbumSchema>;

/** The context (playlist, album, artist, show) a track was played from. */
export const spotifyContextSchema = z.looseObject({
  /** `playlist`, `album`, `artist`, `show` … */
  type: z.string(),
  /** `spotify:playlist:<id>` … */
  uri: z.string(),
  /** Web API link. */
  href: z.nullish(z.string()),
  /** Known external URLs. */
  external_urls: z.optional(spotifyExternalUrlsSchema),
});

/** The context a track was played from. */
export type SpotifyContext = z.infer<typeof spotifyContextSchema>;

/** A podcast episode (the player and playlist items may hold one instead of a track). */
export const spotifyEpisodeSchema = z.looseObject({
  /** Always `episode`: it tells episodes from tracks. */
  type: z.literal('episode'),
  /** Spotify id. */
  id: z.string(),
  /** Episode title. */
  name: z.string(),
  /** Length in milliseconds. */
  duration_ms: z.number(),
  /** `spotify:episode:<id>`. */
  uri: z.optional(z.string()),
  /** The show it belongs to. */
  show: z.optional(
    z.looseObject({
      /** The show's Spotify id. */
      id: z.optional(z.string()),
      /** The show's name. */
      name: z.optional(z.string()),
    }),
  ),
});

/** A podcast episode. */
export type SpotifyEpisode = z.infer<typeof spotifyEpisodeSchema>;
