import * as z from 'zod/mini';
import { whoopInstants } from './instant.js';
import { whoopScoreStateSchema } from './score-state.js';

const milli = z.number();

/** Time per sleep stage, milliseconds. */
export const whoopSleepStageSummarySchema = z.looseObject({
  /** Time in bed. */
  total_in_bed_time_milli: milli,
  /** Awake in bed. */
  total_awake_time_milli: milli,
  /** No data from the strap. */
  total_no_data_time_milli: z.optional(milli),
  /** Light sleep. */
  total_light_sleep_time_milli: milli,
  /** Slow-wave (deep) sleep. */
  total_slow_wave_sleep_time_milli: milli,
  /** REM sleep. */
  total_rem_sleep_time_milli: milli,
  /** Sleep cycles. */
  sleep_cycle_count: z.optional(z.number()),
  /** Disturbances. */
  disturbance_count: z.optional(z.number()),
});

/** The parts of the sleep the user needed before this sleep, milliseconds. */
export const whoopSleepNeededSchema = z.looseObject({
  /** Baseline need from history. */
  baseline_milli: milli,
  /** Added by sleep debt. */
  need_from_sleep_debt_milli: milli,
  /** Added by recent strain. */
  need_from_recent_strain_milli: milli,
  /** Taken off by recent naps (zero or negative). */
  need_from_recent_nap_milli: milli,
});

/** WHOOP's sleep measurements, present only when `score_state` is `SCORED`. */
export const whoopSleepScoreSchema = z.looseObject({
  /** Time per stage. */
  stage_summary: whoopSleepStageSummarySchema,
  /** Sleep need breakdown. */
  sleep_needed: z.optional(whoopSleepNeededSchema),
  /** Breaths per minute. */
  respiratory_rate: z.nullish(z.number()),
  /** Asleep over needed, percent (absent until WHOOP knows the need). */
  sleep_performance_percentage: z.nullish(z.number()),
  /** Similarity of sleep and wake times to the day before, percent. */
  sleep_consistency_percentage: z.nullish(z.number()),
  /** Asleep over in bed, percent. */
  sleep_efficiency_percentage: z.nullish(z.number()),
});

/** WHOOP's sleep measurements. */
export type WhoopSleepScore = z.infer<typeof whoopSleepScoreSchema>;

/**
 * A sleep or nap (`GET /v2/activity/sleep`), identified by a UUID since v2.
 *
 * @see https://developer.whoop.com/api#tag/Sleep
 */
export const whoopSleepSchema = z
  .looseObject({
    /** UUID of the sleep. */
    id: z.string(),
    /** int64 id of the cycle the sleep belongs to. */
    cycle_id: z.optional(z.number()),
    /** Pre-v2 id; gone since 2025-09-01. */
    v1_id: z.nullish(z.number()),
    /** int64 WHOOP user id. */
    user_id: z.number(),
    /** When WHOOP recorded the sleep. */
    created_at: z.string(),
    /** When WHOOP last updated the sleep. */
    updated_at: z.string(),
    /** Start, ISO 8601 UTC. */
    start: z.string(),
    /** End, ISO 8601 UTC. */
    end: z.string(),
    /** The user's offset: `+hh:mm`, `-hh:mm` or `Z`. */
    timezone_offset: z.string(),
    /** Whether this was a nap. */
    nap: z.boolean(),
    /** Scoring state. */
    score_state: whoopScoreStateSchema,
    /** Present only when `score_state` is `SCORED`. */
    score: z.nullish(whoopSleepScoreSchema),
  })
  // A recovery's day is computed from its sleep's end: an unreadable one must fail here, with its path.
  .check(whoopInstants('start', 'end'));

/** A sleep or nap. */
export type WhoopSleep = z.infer<typeof whoopSleepSchema>;
