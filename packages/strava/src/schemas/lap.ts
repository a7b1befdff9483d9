import * as z from 'zod/mini';
import { stravaIdSchema } from './common.js';

/**
 * `Lap` from `GET /activities/{id}/laps`.
 *
 * @see https://developers.strava.com/docs/reference/#api-models-Lap
 */
export const stravaLapSchema = z.looseObject({
  /** Lap id. */
  id: stravaIdSchema,
  /** `Lap 1` … */
  name: z.nullish(z.string()),
  /** Seconds. */
  elapsed_time: z.number(),
  /** Seconds. */
  moving_time: z.nullish(z.number()),
  /** ISO 8601 UTC. */
  start_date: z.string(),
  /** Local time with a fake `Z`. */
  start_date_local: z.nullish(z.string()),
  /** Metres. */
  distance: z.nullish(z.number()),
  /** Index of the first stream sample. */
  start_index: z.nullish(z.number()),
  /** Index of the last stream sample. */
  end_index: z.nullish(z.number()),
  /** Metres. */
  total_elevation_gain: z.nullish(z.number()),
  /** Metres per second. */
  average_speed: z.nullish(z.number()),
  /** Metres per second. */
  max_speed: z.nullish(z.number()),
  /** Per minute. */
  average_cadence: z.nullish(z.number()),
  /** Watts. */
  average_watts: z.nullish(z.number()),
  /** Beats per minute. */
  average_heartrate: z.nullish(z.number()),
  /** Beats per minute. */
  max_heartrate: z.nullish(z.number()),
  /** 1-based position. */
  lap_index: z.nullish(z.number()),
  /** Split number. */
  split: z.nullish(z.number()),
});

/** `Lap`. */
export type StravaLap = z.infer<typeof stravaLapSchema>;

/** The answer of `GET /activities/{id}/laps`. */
export const stravaLapListSchema = z.array(stravaLapSchema);
