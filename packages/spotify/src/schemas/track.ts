import * as z from 'zod/mini';
import {
  spotifyExternalUrlsSchema,
  spotifySimplifiedAlbumSchema,
  spotifySimplifiedArtistSchema,
} from './common.js';

/**
 * A track object (`GET /tracks/{id}`, and nested in play history, the player, top tracks and
 * playlist items). Only what the play mapper needs is required.
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-track
 */
export const spotifyTrackSchema = z.looseObject({
  /** Spotify id; `null` for local files (their `uri` is `spotify:local:…`). */
  id: z.nullish(z.string()),
  /** Track title. */
  name: z.string(),
  /** Performing artists, in Spotify's order. */
  artists: z.array(spotifySimplifiedArtistSchema),
  /** Length in milliseconds. */
  duration_ms: z.number(),
  /** `spotify:track:<id>` (or `spotify:local:…`). */
  uri: z.string(),
  /** The album. */
  album: z.optional(spotifySimplifiedAlbumSchema),
  /** External ids; `isrc` joins recordings across services. */
  external_ids: z.optional(
    z.looseObject({
      /** International Standard Recording Code. */
      isrc: z.optional(z.string()),
      /** International Article Number. */
      ean: z.optional(z.string()),
      /** Universal Product Code. */
      upc: z.optional(z.string()),
    }),
  ),
  /** Known external URLs. */
  external_urls: z.optional(spotifyExternalUrlsSchema),
  /** Web API link. */
  href: z.nullish(z.string()),
  /** `track`. */
  type: z.optional(z.literal('track')),
  /** Disc number. */
  disc_number: z.optional(z.number()),
  /** Position on the disc. */
  track_number: z.optional(z.number()),
  /** Explicit lyrics. */
  explicit: z.optional(z.boolean()),
  /** Whether it is a local file. */
  is_local: z.optional(z.boolean()),
  /** Playable in the requested market (track relinking). */
  is_playable: z.optional(z.boolean()),
  /**
   * Popularity 0–100.
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  popularity: z.optional(z.number()),
  /**
   * A 30-second preview URL.
   * @deprecated Removed for new apps on 27 November 2024; usually `null`.
   */
  preview_url: z.nullish(z.string()),
  /**
   * Markets the track plays in.
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  available_markets: z.optional(z.array(z.string())),
});

/** A Spotify track. */
export type SpotifyTrack = z.infer<typeof spotifyTrackSchema>;

/**
 * The answer of the several-tracks endpoint `GET /tracks?ids=` (unknown ids give `null`).
 *
 * @deprecated The endpoint was removed for development-mode apps in February 2026.
 */
export const spotifySeveralTracksSchema = z.looseObject({
  /** The tracks, in the order asked, `null` for unknown ids. */
  tracks: z.array(z.nullable(spotifyTrackSchema)),
});

/**
 * The answer of `GET /tracks?ids=`.
 *
 * @deprecated The endpoint was removed for development-mode apps in February 2026.
 */
export type SpotifySeveralTracks = z.infer<typeof spotifySeveralTracksSchema>;
