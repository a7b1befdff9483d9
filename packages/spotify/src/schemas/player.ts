import * as z from 'zod/mini';
import { spotifyContextSchema, spotifyEpisodeSchema } from './common.js';
import { spotifyTrackSchema } from './track.js';

/** The item the player holds: an episode (`type: 'episode'`) or a track. */
export const spotifyPlayableSchema = z.union([spotifyEpisodeSchema, spotifyTrackSchema]);

/** A track or an episode. */
export type SpotifyPlayable = z.infer<typeof spotifyPlayableSchema>;

/** A Spotify Connect device. */
export const spotifyDeviceSchema = z.looseObject({
  /** Device id (not guaranteed persistent); may be `null`. */
  id: z.nullish(z.string()),
  /** Whether it is the active device. */
  is_active: z.optional(z.boolean()),
  /** Whether it is in a private session (plays are then not recorded). */
  is_private_session: z.optional(z.boolean()),
  /** Whether Web API commands are refused. */
  is_restricted: z.optional(z.boolean()),
  /** Name, such as "Kitchen speaker". */
  name: z.string(),
  /** `computer`, `smartphone`, `speaker` … */
  type: z.string(),
  /** Volume 0–100, `null` when unknown. */
  volume_percent: z.nullish(z.number()),
  /** Whether the volume can be set. */
  supports_volume: z.optional(z.boolean()),
});

/** A Spotify Connect device. */
export type SpotifyDevice = z.infer<typeof spotifyDeviceSchema>;

/**
 * What plays now (`GET /me/player/currently-playing`, `CurrentlyPlayingObject`). The endpoint
 * answers 204 with no body when nothing plays; the client returns `null` then.
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-the-users-currently-playing-track
 */
export const spotifyCurrentlyPlayingSchema = z.looseObject({
  /** Unix milliseconds when the data was fetched. */
  timestamp: z.number(),
  /** Progress into the item in milliseconds, `null` when unknown. */
  progress_ms: z.nullish(z.number()),
  /** Whether something is playing (false when paused). */
  is_playing: z.boolean(),
  /** The track or episode; `null` for ads and unknown items. */
  item: z.nullish(spotifyPlayableSchema),
  /** `track`, `episode`, `ad` or `unknown`. */
  currently_playing_type: z.string(),
  /** What it plays from, `null` when none. */
  context: z.nullish(spotifyContextSchema),
  /** Which playback actions are disallowed now. */
  actions: z.optional(z.record(z.string(), z.unknown())),
});

/** What plays now. */
export type SpotifyCurrentlyPlaying = z.infer<typeof spotifyCurrentlyPlayingSchema>;

/**
 * The playback state (`GET /me/player`, `CurrentlyPlayingContextObject`): the current item
 * plus device, shuffle and repeat. 204 when no playback is active; the client returns `null`.
 *
 * @see https://developer.spotify.com/documentation/web-api/reference/get-information-about-the-users-current-playback
 */
export const spotifyPlaybackStateSchema = z.looseObject({
  ...spotifyCurrentlyPlayingSchema.shape,
  /** The active device. */
  device: spotifyDeviceSchema,
  /** `off`, `track` or `context`. */
  repeat_state: z.string(),
  /** Whether shuffle is on. */
  shuffle_state: z.boolean(),
});

/** The playback state. */
export type SpotifyPlaybackState = z.infer<typeof spotifyPlaybackStateSchema>;
