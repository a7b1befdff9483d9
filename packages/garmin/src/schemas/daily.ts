import * as z from 'zod/mini';
import { garminSummaryFields } from './fields.js';

/**
 * A `dailies` summary: one user-local day. `averageHeartRateInBeatsPerMinute` is a 7-day
 * average; stress is 1–100 with −1…−5 meaning no value (off wrist, motion …).
 *
 * @see https://developer.garmin.com/gc-developer-program/health-api/ (Health API §7.1)
 */
export const garminDailySchema = z.looseObject({
  ...garminSummaryFields,
  /** The day, `YYYY-MM-DD`: bucket by it. */
  calendarDate: z.string(),
  /** Steps. */
  steps: z.nullish(z.number()),
  /** Distance, metres. */
  distanceInMeters: z.nullish(z.number()),
  /** Active energy, kcal. */
  activeKilocalories: z.nullish(z.number()),
  /** Resting (basal) energy, kcal. */
  bmrKilocalories: z.nullish(z.number()),
  /** Resting heart rate, bpm. */
  restingHeartRateInBeatsPerMinute: z.nullish(z.number()),
  /** Average heart rate over the last 7 days (not the day's), bpm. */
  averageHeartRateInBeatsPerMinute: z.nullish(z.number()),
  /** Average stress, 1–100 (negative: no value). */
  averageStressLevel: z.nullish(z.number()),
  /** Highest stress, 1–100. */
  maxStressLevel: z.nullish(z.number()),
  /** Body battery charged during the day. */
  bodyBatteryChargedValue: z.nullish(z.number()),
  /** Body battery drained during the day. */
  bodyBatteryDrainedValue: z.nullish(z.number()),
  /** Floors climbed. */
  floorsClimbed: z.nullish(z.number()),
  /** Intensity minutes: moderate, seconds. */
  moderateIntensityDurationInSeconds: z.nullish(z.number()),
  /** Intensity minutes: vigorous, seconds. */
  vigorousIntensityDurationInSeconds: z.nullish(z.number()),
});

/** A `dailies` summary. */
export type GarminDaily = z.output<typeof garminDailySchema>;
