import * as z from 'zod/mini';
import { garminSummaryFields } from './fields.js';

/**
 * A `sleeps` summary: stage seconds, the `validation` state (`AUTO_TENTATIVE` is replaced later
 * by `AUTO_FINAL` or `ENHANCED_FINAL`; `MANUAL`, `DEVICE`, `OFF_WRIST` …), the score.
 *
 * @see https://developer.garmin.com/gc-developer-program/health-api/ (Health API §7.3)
 */
export const garminSleepSchema = z.looseObject({
  ...garminSummaryFields,
  /** The night's calendar day, `YYYY-MM-DD`. */
  calendarDate: z.nullish(z.string()),
  /** Time in bed, seconds. */
  durationInSeconds: z.number(),
  /** Unmeasurable sleep, seconds. */
  unmeasurableSleepInSeconds: z.nullish(z.number()),
  /** Deep sleep, seconds. */
  deepSleepDurationInSeconds: z.nullish(z.number()),
  /** Light sleep, seconds. */
  lightSleepDurationInSeconds: z.nullish(z.number()),
  /** REM sleep, seconds. */
  remSleepInSeconds: z.nullish(z.number()),
  /** Awake, seconds. */
  awakeDurationInSeconds: z.nullish(z.number()),
  /** How the sleep was determined (`AUTO_TENTATIVE`, `AUTO_FINAL`, `ENHANCED_FINAL`, `MANUAL` …). */
  validation: z.nullish(z.string()),
  /** The sleep score. */
  overallSleepScore: z.nullish(
    z.looseObject({
      /** The score, 0–100. */
      value: z.nullish(z.number()),
      /** Garmin's word for it (`EXCELLENT`, `GOOD`, `FAIR`, `POOR`). */
      qualifierKey: z.nullish(z.string()),
    }),
  ),
  /** Breaths per minute by seconds from the start. */
  timeOffsetSleepRespiration: z.nullish(z.record(z.string(), z.number())),
});

/** A `sleeps` summary. */
export type GarminSleep = z.output<typeof garminSleepSchema>;
