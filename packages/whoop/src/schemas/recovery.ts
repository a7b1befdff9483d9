import * as z from 'zod/mini';
import { whoopInstants } from './instant.js';
import { whoopScoreStateSchema } from './score-state.js';

/** WHOOP's recovery measurements, present only when `score_state` is `SCORED`. */
export const whoopRecoveryScoreSchema = z.looseObject({
  /** True while WHOOP is still calibrating to the user. */
  user_calibrating: z.optional(z.boolean()),
  /** Recovery score, 0–100. */
  recovery_score: z.number(),
  /** Resting heart rate, bpm. */
  resting_heart_rate: z.number(),
  /** HRV as RMSSD, milliseconds. */
  hrv_rmssd_milli: z.number(),
  /** Blood oxygen, percent (WHOOP 4.0 and later only). */
  spo2_percentage: z.nullish(z.number()),
  /** Skin temperature, °C (WHOOP 4.0 and later only). */
  skin_temp_celsius: z.nullish(z.number()),
});

/** WHOOP's recovery measurements. */
export type WhoopRecoveryScore = z.infer<typeof whoopRecoveryScoreSchema>;

/**
 * A recovery (`GET /v2/recovery`): one per sleep that starts a cycle. It carries no times of
 * its own: its day comes from its cycle or sleep.
 *
 * @see https://developer.whoop.com/api#tag/Recovery
 */
export const whoopRecoverySchema = z
  .looseObject({
    /** int64 id of the cycle this recovery belongs to. */
    cycle_id: z.number(),
    /** UUID of the sleep the recovery was measured in. */
    sleep_id: z.string(),
    /** int64 WHOOP user id. */
    user_id: z.number(),
    /** When WHOOP recorded the recovery (its day, when neither cycle nor sleep is at hand). */
    created_at: z.string(),
    /** When WHOOP last updated the recovery. */
    updated_at: z.string(),
    /** Scoring state. */
    score_state: whoopScoreStateSchema,
    /** Present only when `score_state` is `SCORED`. */
    score: z.nullish(whoopRecoveryScoreSchema),
  })
  // A recovery without its cycle or sleep takes its day from created_at: it must be readable.
  .check(whoopInstants('created_at'));

/** A recovery. */
export type WhoopRecovery = z.infer<typeof whoopRecoverySchema>;
