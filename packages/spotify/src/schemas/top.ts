import * as z from 'zod/mini';
import { spotifyExternalUrlsSchema, spotifyImageSchema } from './common.js';
import { spotifyPagingSchema } from './paging.js';
import { spotifyTrackSchema } from './track.js';

/** A full artist object, as top artists list them. */
export const spotifyArtistSchema = z.looseObject({
  /** Spotify id. */
  id: z.string(),
  /** Name. */
  name: z.string(),
  /** `spotify:artist:<id>`. */
  uri: z.optional(z.string()),
  /** Web API link. */
  href: z.optional(z.string()),
  /** `artist`. */
  type: z.optional(z.string()),
  /** Images, widest first. */
  images: z.optional(z.array(spotifyImageSchema)),
  /** Known external URLs. */
  external_urls: z.optional(spotifyExternalUrlsSchema),
  /**
   * Genres.
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  genres: z.optional(z.array(z.string())),
  /**
   * Popularity 0–100.
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  popularity: z.optional(z.number()),
  /**
   * Follower count.
   * @deprecated Dropped for development-mode apps since February 2026.
   */
  followers: z.optional(
    z.looseObject({
      /** The number of followers. */
      total: z.optional(z.number()),
    }),
  ),
});

/** A full artist object. */
export type SpotifyArtist = z.infer<typeof spotifyArtistSchema>;

/**
 * A page of the user's top artists (`GET /me/top/artists`).
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-users-top-artists-and-tracks
 */
export const spotifyTopArtistsSchema = spotifyPagingSchema(spotifyArtistSchema);

/** A page of top artists. */
export type SpotifyTopArtists = z.infer<typeof spotifyTopArtistsSchema>;

/** A page of the user's top tracks (`GET /me/top/tracks`). */
export const spotifyTopTracksSchema = spotifyPagingSchema(spotifyTrackSchema);

/** A page of top tracks. */
export type SpotifyTopTracks = z.infer<typeof spotifyTopTracksSchema>;

/**
 * The window top items are computed over: about 4 weeks, 6 months, or a year and more.
 */
export type SpotifyTimeRange = 'short_term' | 'medium_term' | 'long_term';
