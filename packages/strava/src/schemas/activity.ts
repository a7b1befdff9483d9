import * as z from 'zod/mini';
import { nullish, stravaIdSchema, stravaLatLngSchema, stravaMetaSchema } from './common.js';

const summaryShape = {
  /** The activity id (int64). */
  id: stravaIdSchema,
  /** The id the uploader gave, such as `garmin_push_…`. */
  external_id: nullish(z.string()),
  /** The upload that created it. */
  upload_id: nullish(stravaIdSchema),
  /** The upload id as a string. */
  upload_id_str: nullish(z.string()),
  /** The owner. */
  athlete: z.optional(stravaMetaSchema),
  /** Title. */
  name: nullish(z.string()),
  /** Metres. */
  distance: nullish(z.number()),
  /** Seconds in motion. */
  moving_time: nullish(z.number()),
  /** Seconds from start to end. */
  elapsed_time: nullish(z.number()),
  /** Metres climbed. */
  total_elevation_gain: nullish(z.number()),
  /** Highest elevation, metres. */
  elev_high: nullish(z.number()),
  /** Lowest elevation, metres. */
  elev_low: nullish(z.number()),
  /** Deprecated activity type; read `sport_type`. */
  type: nullish(z.string()),
  /** The sport (`Ride`, `MountainBikeRide`, `VirtualRow` …). */
  sport_type: nullish(z.string()),
  /** Start, ISO 8601 UTC. */
  start_date: z.string(),
  /** Local wall-clock start serialized with a misleading `Z`: never parse it as UTC. */
  start_date_local: nullish(z.string()),
  /** `(GMT-08:00) America/Los_Angeles`. */
  timezone: nullish(z.string()),
  /** Offset of local time in seconds (absent from the spec's model, present in the API). */
  utc_offset: nullish(z.number()),
  /** Start position. */
  start_latlng: nullish(stravaLatLngSchema),
  /** End position. */
  end_latlng: nullish(stravaLatLngSchema),
  /** Recorded on a trainer (indoors). */
  trainer: nullish(z.boolean()),
  /** Tagged as a commute. */
  commute: nullish(z.boolean()),
  /** Entered by hand. */
  manual: nullish(z.boolean()),
  /** Visible to the athlete only. */
  private: nullish(z.boolean()),
  /** Workout type code (run: 1 race, 2 long run, 3 workout; ride: 11 race, 12 workout). */
  workout_type: nullish(z.number()),
  /** Metres per second. */
  average_speed: nullish(z.number()),
  /** Metres per second. */
  max_speed: nullish(z.number()),
  /** Revolutions (or steps per foot, for runs) per minute. */
  average_cadence: nullish(z.number()),
  /** Watts (estimated unless `device_watts`). */
  average_watts: nullish(z.number()),
  /** Watts. */
  max_watts: nullish(z.number()),
  /** Normalized power, watts. */
  weighted_average_watts: nullish(z.number()),
  /** Whether the watts come from a power meter. */
  device_watts: nullish(z.boolean()),
  /** Work in kilojoules (rides). */
  kilojoules: nullish(z.number()),
  /** Whether heart rate was recorded. */
  has_heartrate: nullish(z.boolean()),
  /** Beats per minute. */
  average_heartrate: nullish(z.number()),
  /** Beats per minute. */
  max_heartrate: nullish(z.number()),
  /** Degrees Celsius. */
  average_temp: nullish(z.number()),
  /** Strava's relative effort. */
  suffer_score: nullish(z.number()),
  /** The gear used. */
  gear_id: nullish(z.string()),
  /** The map, with a summary polyline. */
  map: nullish(
    z.looseObject({
      /** The route at low resolution, as an encoded polyline (Google's algorithm). */
      summary_polyline: nullish(z.string()),
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
  description: nullish(z.string()),
  /** Kilocalories. */
  calories: nullish(z.number()),
  /** The recording device. */
  device_name: nullish(z.string()),
  /** Laps, as `GET /activities/{id}/laps` returns them. */
  laps: nullish(z.array(z.looseObject({}))),
  /** Segment efforts. */
  segment_efforts: nullish(z.array(z.looseObject({}))),
  /** Kilometre splits. */
  splits_metric: nullish(z.array(z.looseObject({}))),
  /** Mile splits. */
  splits_standard: nullish(z.array(z.looseObject({}))),
});

/** `DetailedActivity`. */
export type StravaDetailedActivity = z.infer<typeof stravaDetailedActivitySchema>;

/** A page of `GET /athlete/activities`. */
export const stravaActivityListSchema = z.array(stravaSummaryActivitySchema);
