import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A day of activity (`PublicDailyActivity`): steps, energy (kcal), activity time (seconds) and
 * score. The day starts at 4 a.m. local time (`timestamp`).
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Daily-Activity-Routes
 */
export const ouraDailyActivitySchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** Start of the activity day, ISO 8601 with the user's offset. */
  timestamp: z.nullish(z.string()),
  /** Activity score, 1–100. */
  score: z.nullish(z.number()),
  /** Steps. */
  steps: z.nullish(z.number()),
  /** Energy from activity, kcal. */
  active_calories: z.nullish(z.number()),
  /** Total energy, kcal. */
  total_calories: z.nullish(z.number()),
  /** Walking distance equivalent to the day's activity, metres. */
  equivalent_walking_distance: z.nullish(z.number()),
  /** High activity time, seconds. */
  high_activity_time: z.nullish(z.number()),
  /** Medium activity time, seconds. */
  medium_activity_time: z.nullish(z.number()),
  /** Low activity time, seconds. */
  low_activity_time: z.nullish(z.number()),
  /** Sedentary time, seconds. */
  sedentary_time: z.nullish(z.number()),
  /** Activity score contributors, each 1–100. */
  contributors: z.nullish(z.record(z.string(), z.nullish(z.number()))),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A day of activity. */
export type OuraDailyActivity = z.infer<typeof ouraDailyActivitySchema>;
