import * as z from 'zod/mini';
import { spotifyContextSchema } from './common.js';
import { spotifyTrackSchema } from './track.js';

/**
 * One item of the play history (`PlayHistoryObject`).
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-recently-played
 */
export const spotifyPlayHistorySchema = z.looseObject({
  /** The track played. */
  track: spotifyTrackSchema,
  /** When it was played, ISO 8601 UTC with milliseconds (`2026-11-20T07:12:45.123Z`). */
  played_at: z.string(),
  /** What it was played from; `null` when played outside a context. */
  context: z.nullish(spotifyContextSchema),
});

/** One played track of the history. */
export type SpotifyPlayHistory = z.infer<typeof spotifyPlayHistorySchema>;

/** Cursors of a cursor-paged answer: Unix milliseconds as strings. */
export const spotifyCursorsSchema = z.looseObject({
  /** Played-at of the newest item (use as `after` to get newer plays). */
  after: z.nullish(z.string()),
  /** Played-at of the oldest item (use as `before` to get older plays). */
  before: z.nullish(z.string()),
});

/** Cursors of a cursor-paged answer. */
export type SpotifyCursors = z.infer<typeof spotifyCursorsSchema>;

/**
 * A page of play history (`CursorPagingPlayHistoryObject`): newest first; `cursors` is `null`
 * on an empty page.
 */
export const spotifyRecentlyPlayedSchema = z.looseObject({
  /** The plays, newest first. */
  items: z.array(spotifyPlayHistorySchema),
  /** URL of the next (older) page, `null` when there is none. */
  next: z.nullish(z.string()),
  /** Cursors of this page. */
  cursors: z.nullish(spotifyCursorsSchema),
  /** The limit used. */
  limit: z.optional(z.number()),
  /** This request's URL. */
  href: z.optional(z.string()),
  /** Total, when Spotify sends it. */
  total: z.optional(z.number()),
});

/** A page of play history. */
export type SpotifyRecentlyPlayed = z.infer<typeof spotifyRecentlyPlayedSchema>;
