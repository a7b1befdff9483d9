import * as z from 'zod/mini';
import { stravaIdSchema, stravaLatLngSchema, stravaMetaSchema } from './common.js';

const summaryShape = {
  /** The activity id (int64). */
  id: stravaIdSchema,
  /** The id the uploader gave, such as `garmin_push_…`. */
  external_id: z.nullish(z.string()),
  /** The upload that created it. */
  upload_id: z.nullish(stravaIdSchema),
  /** The upload id as a string. */
  upload_id_str: z.nullish(z.string()),
  /** The owner. */
  athlete: z.optional(stravaMetaSchema),
  /** Title. */
  name: z.nullish(z.string()),
  /** Metres. */
  distance: z.nullish(z.number()),
  /** Seconds in motion. */
  moving_time: z.nullish(z.number()),
  /** Seconds from start to end. */
  elapsed_time: z.nullish(z.number()),
  /** Metres climbed. */
  total_elevation_gain: z.nullish(z.number()),
  /** Highest elevation, metres. */
  elev_high: z.nullish(z.number()),
  /** Lowest elevation, metres. */
  elev_low: z.nullish(z.number()),
  /** Deprecated activity type; read `sport_type`. */
  type: z.nullish(z.string()),
  /** The sport (`Ride`, `MountainBikeRide`, `VirtualRow` …). */
  sport_type: z.nullish(z.string()),
  /** Start, ISO 8601 UTC. */
  start_date: z.string(),
  /** Local wall-clock start serialized with a misleading `Z`: never parse it as UTC. */
  start_date_local: z.nullish(z.string()),
  /** `(GMT-08:00) America/Los_Angeles`. */
  timezone: z.nullish(z.string()),
  /** Offset of local time in seconds (absent from the spec's model, present in the API). */
  utc_offset: z.nullish(z.number()),
  /** Start position. */
  start_latlng: z.nullish(stravaLatLngSchema),
  /** End position. */
  end_latlng: z.nullish(stravaLatLngSchema),
  /** Recorded on a trainer (indoors). */
  trainer: z.nullish(z.boolean()),
  /** Tagged as a commute. */
  commute: z.nullish(z.boolean()),
  /** Entered by hand. */
  manual: z.nullish(z.boolean()),
  /** Visible to the athlete only. */
  private: z.nullish(z.boolean()),
  /** Workout type code (run: 1 race, 2 long run, 3 workout; ride: 11 race, 12 workout). */
  workout_type: z.nullish(z.number()),
  /** Metres per second. */
  average_speed: z.nullish(z.number()),
  /** Metres per second. */
  max_speed: z.nullish(z.number()),
  /** Revolutions (or steps per foot, for runs) per minute. */
  average_cadence: z.nullish(z.number()),
  /** Watts (estimated unless `device_watts`). */
  average_watts: z.nullish(z.number()),
  /** Watts. */
  max_watts: z.nullish(z.number()),
  /** Normalized power, watts. */
  weighted_average_watts: z.nullish(z.number()),
  /** Whether the watts come from a power meter. */
  device_watts: z.nullish(z.boolean()),
  /** Work in kilojoules (rides). */
  kilojoules: z.nullish(z.number()),
  /** Whether heart rate was recorded. */
  has_heartrate: z.nullish(z.boolean()),
  /** Beats per minute. */
  average_heartrate: z.nullish(z.number()),
  /** Beats per minute. */
  max_heartrate: z.nullish(z.number()),
  /** Degrees Celsius. */
  average_temp: z.nullish(z.number()),
  /** Strava's relative effort. */
  suffer_score: z.nullish(z.number()),
  /** The gear used. */
  gear_id: z.nullish(z.string()),
  /** The map, with a summary polyline. */
  map: z.nullish(
    z.looseObject({
      /** The route at low resolution, as an encoded polyline (Google's algorithm). */
      summary_polyline: z.nullish(z.string()),
    }),
  ),
};

/**
 * `SummaryActivity`, as `GET /athlete/activities` lists it. Only `id` and `start_date` are
 * required; every other field is optional, because the official models omit fields the API
 * returns (`utc_offset`, heart rate) and older activities lack newer ones (`sport_type`).
 *
 * @see https://developers.strava.com/docs/reference/#api-models-SummaryActivity
 */
export const stravaSummaryActivitySchema = z.looseObject(summaryShape);

/** `SummaryActivity`. */
export type StravaSummaryActivity = z.infer<typeof stravaSummaryActivitySchema>;

/**
 * `DetailedActivity`, from `GET /activities/{id}` and `POST /activities`: the summary plus
 * description, calories, device, laps, splits and efforts.
 *
 * @see https://developers.strava.com/docs/reference/#api-models-DetailedActivity
 */
export const stravaDetailedActivitySchema = z.looseObject({
  ...summaryShape,
  /** Free text. */
  description: z.nullish(z.string()),
  /** Kilocalories. */
  calories: z.nullish(z.number()),
  /** The recording device. */
  device_name: z.nullish(z.string()),
  /** Laps, as `GET /activities/{id}/laps` returns them. */
  laps: z.nullish(z.array(z.looseObject({}))),
  /** Segment efforts. */
  segment_efforts: z.nullish(z.array(z.looseObject({}))),
  /** Kilometre splits. */
  splits_metric: z.nullish(z.array(z.looseObject({}))),
  /** Mile splits. */
  splits_standard: z.nullish(z.array(z.looseObject({}))),
});

/** `DetailedActivity`. */
export type StravaDetailedActivity = z.infer<typeof stravaDetailedActivitySchema>;

/** A page of `GET /athlete/activities`. */
export const stravaActivityListSchema = z.array(stravaSummaryActivitySchema);
