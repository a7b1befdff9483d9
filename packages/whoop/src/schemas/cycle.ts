import * as z from 'zod/mini';
import { whoopInstants } from './instant.js';
import { whoopScoreStateSchema } from './score-state.js';

/** WHOOP's measurements of a cycle, present only when `score_state` is `SCORED`. */
export const whoopCycleScoreSchema = z.looseObject({
  /** Day strain, 0–21. */
  strain: z.number(),
  /** Energy expended over the cycle, kilojoules. */
  kilojoule: z.number(),
  /** Average heart rate over the cycle, bpm. */
  average_heart_rate: z.number(),
  /** Highest heart rate over the cycle, bpm. */
  max_heart_rate: z.number(),
});

/** WHOOP's measurements of a cycle. */
export type WhoopCycleScore = z.infer<typeof whoopCycleScoreSchema>;

/**
 * A physiological cycle (`GET /v2/cycle`): from falling asleep one night to falling asleep the
 * next. The current cycle has no `end`.
 *
 * @see https://developer.whoop.com/api#tag/Cycle
 */
export const whoopCycleSchema = z
  .looseObject({
    /** int64 cycle id. */
    id: z.number(),
    /** int64 WHOOP user id. */
    user_id: z.number(),
    /** When WHOOP recorded the cycle. */
    created_at: z.string(),
    /** When WHOOP last updated the cycle. */
    updated_at: z.string(),
    /** Start (sleep onset), ISO 8601 UTC. */
    start: z.string(),
    /** End, absent while the user is in this cycle. */
    end: z.nullish(z.string()),
    /** The user's offset when the cycle was recorded: `+hh:mm`, `-hh:mm` or `Z`. */
    timezone_offset: z.string(),
    /** Scoring state. */
    score_state: whoopScoreStateSchema,
    /** Present only when `score_state` is `SCORED`. */
    score: z.nullish(whoopCycleScoreSchema),
  })
  // The cycle's day is computed from start: an empty or unreadable one must fail here, with its path.
  .check(whoopInstants('start', 'end'));

/** A physiological cycle. */
export type WhoopCycle = z.infer<typeof whoopCycleSchema>;
