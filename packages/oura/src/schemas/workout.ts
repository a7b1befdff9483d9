import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A workout (`PublicWorkout`, `GET /v2/usercollection/workout`): auto-detected or entered by the
 * user. `calories` are kcal, `distance` metres; the datetimes carry the user's offset and `day`
 * is the user's local day.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Workout-Routes
 */
export const ouraWorkoutSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** Oura's activity type, such as `walking` or `cycling`. */
  activity: z.string(),
  /** Energy expended, kcal. */
  calories: z.nullish(z.number()),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** Distance, metres. */
  distance: z.nullish(z.number()),
  /** End, ISO 8601 with the user's offset. */
  end_datetime: z.string(),
  /** `easy`, `moderate` or `hard`. */
  intensity: z.nullish(z.string()),
  /** A label the user gave. */
  label: z.nullish(z.string()),
  /** `manual`, `autodetected`, `confirmed` or `workout_heart_rate`. */
  source: z.nullish(z.string()),
  /** Start, ISO 8601 with the user's offset. */
  start_datetime: z.string(),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A workout. */
export type OuraWorkout = z.infer<typeof ouraWorkoutSchema>;
