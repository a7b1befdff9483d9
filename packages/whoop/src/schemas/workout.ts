import * as z from 'zod/mini';
import { whoopInstants } from './instant.js';
import { whoopScoreStateSchema } from './score-state.js';

/** Time per heart-rate zone (0 = very light … 5 = maximum), milliseconds. */
export const whoopZoneDurationsSchema = z.looseObject({
  /** Zone 0. */
  zone_zero_milli: z.number(),
  /** Zone 1. */
  zone_one_milli: z.number(),
  /** Zone 2. */
  zone_two_milli: z.number(),
  /** Zone 3. */
  zone_three_milli: z.number(),
  /** Zone 4. */
  zone_four_milli: z.number(),
  /** Zone 5. */
  zone_five_milli: z.number(),
});

/** Time per heart-rate zone, milliseconds. */
export type WhoopZoneDurations = z.infer<typeof whoopZoneDurationsSchema>;

/** WHOOP's workout measurements, present only when `score_state` is `SCORED`. */
export const whoopWorkoutScoreSchema = z.looseObject({
  /** Activity strain, 0–21. */
  strain: z.number(),
  /** Average heart rate, bpm. */
  average_heart_rate: z.number(),
  /** Highest heart rate, bpm. */
  max_heart_rate: z.number(),
  /** Energy expended, kilojoules. */
  kilojoule: z.number(),
  /** Share of the workout with heart-rate data, percent. */
  percent_recorded: z.nullish(z.number()),
  /** Distance, metres (only when distance data reached WHOOP). */
  distance_meter: z.nullish(z.number()),
  /** Altitude climbed, metres. */
  altitude_gain_meter: z.nullish(z.number()),
  /** End altitude minus start altitude, metres. */
  altitude_change_meter: z.nullish(z.number()),
  /** Time per heart-rate zone. */
  zone_durations: z.nullish(whoopZoneDurationsSchema),
});

/** WHOOP's workout measurements. */
export type WhoopWorkoutScore = z.infer<typeof whoopWorkoutScoreSchema>;

/**
 * A workout (`GET /v2/activity/workout`), identified by a UUID since v2. The sport is
 * `sport_name`; the numeric `sport_id` is gone since 2025-09-01.
 *
 * @see https://developer.whoop.com/api#tag/Workout
 */
export const whoopWorkoutSchema = z
  .looseObject({
    /** UUID of the workout. */
    id: z.string(),
    /** Pre-v2 id; gone since 2025-09-01. */
    v1_id: z.nullish(z.number()),
    /** int64 WHOOP user id. */
    user_id: z.number(),
    /** When WHOOP recorded the workout. */
    created_at: z.string(),
    /** When WHOOP last updated the workout. */
    updated_at: z.string(),
    /** Start, ISO 8601 UTC. */
    start: z.string(),
    /** End, ISO 8601 UTC. */
    end: z.string(),
    /** The user's offset: `+hh:mm`, `-hh:mm` or `Z`. */
    timezone_offset: z.string(),
    /** WHOOP sport name, such as `running`. */
    sport_name: z.string(),
    /** Removed numeric sport id; never read. */
    sport_id: z.nullish(z.number()),
    /** Scoring state. */
    score_state: whoopScoreStateSchema,
    /** Present only when `score_state` is `SCORED`. */
    score: z.nullish(whoopWorkoutScoreSchema),
  })
  // Start and end give the elapsed time: unreadable ones must fail here, with their path.
  .check(whoopInstants('start', 'end'));

/** A workout. */
export type WhoopWorkout = z.infer<typeof whoopWorkoutSchema>;
