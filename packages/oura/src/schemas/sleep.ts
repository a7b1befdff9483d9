import * as z from 'zod/mini';
import { ouraMetaSchema, ouraSampleSchema } from './sample.js';

/** The readiness computed from a sleep period (`PublicReadiness`). */
export const ouraSleepReadinessSchema = z.looseObject({
  /** Readiness score, 1–100. */
  score: z.nullish(z.number()),
  /** Skin temperature deviation from the baseline, °C. */
  temperature_deviation: z.nullish(z.number()),
  /** Readiness contributors, each 1–100. */
  contributors: z.nullish(z.record(z.string(), z.nullish(z.number()))),
});

/**
 * A sleep period (`PublicModifiedSleepModel`, `GET /v2/usercollection/sleep`): a night, a nap or
 * a rest period; several per day. Durations are seconds, heart rate bpm, HRV RMSSD ms.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Sleep-Routes
 */
export const ouraSleepSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day the period counts for, `YYYY-MM-DD`. */
  day: z.string(),
  /** Went to bed, ISO 8601 with the user's offset. */
  bedtime_start: z.string(),
  /** Got up, ISO 8601 with the user's offset. */
  bedtime_end: z.string(),
  /** `long_sleep`, `sleep`, `late_nap`, `rest` or `deleted`. */
  type: z.nullish(z.string()),
  /** Index of the period in the day. */
  period: z.nullish(z.number()),
  /** Time in bed, seconds. */
  time_in_bed: z.nullish(z.number()),
  /** Time asleep, seconds. */
  total_sleep_duration: z.nullish(z.number()),
  /** Time awake in bed, seconds. */
  awake_time: z.nullish(z.number()),
  /** Light sleep, seconds. */
  light_sleep_duration: z.nullish(z.number()),
  /** Deep sleep, seconds. */
  deep_sleep_duration: z.nullish(z.number()),
  /** REM sleep, seconds. */
  rem_sleep_duration: z.nullish(z.number()),
  /** Time to fall asleep, seconds. */
  latency: z.nullish(z.number()),
  /** Sleep efficiency, 1–100. */
  efficiency: z.nullish(z.number()),
  /** Average heart rate, bpm. */
  average_heart_rate: z.nullish(z.number()),
  /** Lowest heart rate, bpm. */
  lowest_heart_rate: z.nullish(z.number()),
  /** Average HRV (RMSSD), ms. */
  average_hrv: z.nullish(z.number()),
  /** Average breathing rate, breaths per minute. */
  average_breath: z.nullish(z.number()),
  /** Restless periods. */
  restless_periods: z.nullish(z.number()),
  /** Heart rate, 5-minute samples. */
  heart_rate: z.nullish(ouraSampleSchema),
  /** HRV, 5-minute samples. */
  hrv: z.nullish(ouraSampleSchema),
  /** Readiness computed from this period. */
  readiness: z.nullish(ouraSleepReadinessSchema),
  /** Change this period made to the readiness score. */
  readiness_score_delta: z.nullish(z.number()),
  /** Change this period made to the sleep score. */
  sleep_score_delta: z.nullish(z.number()),
  /** Sleep stages, one character per 5 minutes (1 deep, 2 light, 3 REM, 4 awake). */
  sleep_phase_5_min: z.nullish(z.string()),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A sleep period. */
export type OuraSleep = z.infer<typeof ouraSleepSchema>;
