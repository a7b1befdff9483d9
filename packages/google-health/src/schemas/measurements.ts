import * as z from 'zod/mini';
import {
  googleHealthDateSchema,
  googleHealthInt64Schema,
  googleHealthIntervalSchema,
  googleHealthSampleTimeSchema,
} from './fields.js';

// Interval types. A true-zero type's value field is absent when zero was recorded.

/** Steps over an interval; `count` absent is a true zero. */
export const googleHealthStepsSchema = z.looseObject({
  /** Steps (int64). */
  count: z.optional(googleHealthInt64Schema),
  /** Observed interval. */
  interval: googleHealthIntervalSchema,
});

/** Steps over an interval. */
export type GoogleHealthSteps = z.infer<typeof googleHealthStepsSchema>;

/** Distance over an interval; `millimeters` absent is a true zero. */
export const googleHealthDistanceSchema = z.looseObject({
  /** Millimetres (int64). */
  millimeters: z.optional(googleHealthInt64Schema),
  /** Observed interval. */
  interval: googleHealthIntervalSchema,
});

/** Distance over an interval. */
export type GoogleHealthDistance = z.infer<typeof googleHealthDistanceSchema>;

/** Active zone minutes earned over an interval in one heart-rate zone. */
export const googleHealthActiveZoneMinutesSchema = z.looseObject({
  /** Minutes earned (1 per minute in fat burn, 2 in cardio and peak). */
  activeZoneMinutes: z.optional(googleHealthInt64Schema),
  /** `FAT_BURN`, `CARDIO` or `PEAK`. */
  heartRateZone: z.optional(z.string()),
  /** Observed interval. */
  interval: googleHealthIntervalSchema,
});

/** Active zone minutes over an interval. */
export type GoogleHealthActiveZoneMinutes = z.infer<typeof googleHealthActiveZoneMinutesSchema>;

// Sample types.

/** One heart-rate sample. */
export const googleHealthHeartRateSchema = z.looseObject({
  /** Beats per minute (int64). */
  beatsPerMinute: googleHealthInt64Schema,
  /** When. */
  sampleTime: googleHealthSampleTimeSchema,
  /** Motion context and sensor location. */
  metadata: z.optional(
    z.looseObject({
      /** `ACTIVE` or `SEDENTARY`. */
      motionContext: z.optional(z.string()),
      /** `WRIST`, `CHEST`, `FINGER` … */
      sensorLocation: z.optional(z.string()),
    }),
  ),
});

/** One heart-rate sample. */
export type GoogleHealthHeartRate = z.infer<typeof googleHealthHeartRateSchema>;

/** One heart-rate variability sample. */
export const googleHealthHeartRateVariabilitySchema = z.looseObject({
  /** RMSSD, ms. */
  rootMeanSquareOfSuccessiveDifferencesMilliseconds: z.optional(z.number()),
  /** SDNN, ms. */
  standardDeviationMilliseconds: z.optional(z.number()),
  /** When. */
  sampleTime: googleHealthSampleTimeSchema,
});

/** One HRV sample. */
export type GoogleHealthHeartRateVariability = z.infer<
  typeof googleHealthHeartRateVariabilitySchema
>;

/** One SpO2 sample. */
export const googleHealthOxygenSaturationSchema = z.looseObject({
  /** Percent, 0–100. */
  percentage: z.number(),
  /** When. */
  sampleTime: googleHealthSampleTimeSchema,
});

/** One SpO2 sample. */
export type GoogleHealthOxygenSaturation = z.infer<typeof googleHealthOxygenSaturationSchema>;

/** One weight measurement. */
export const googleHealthWeightSchema = z.looseObject({
  /** Grams. */
  weightGrams: z.number(),
  /** When. */
  sampleTime: googleHealthSampleTimeSchema,
  /** Notes. */
  notes: z.optional(z.string()),
});

/** One weight measurement. */
export type GoogleHealthWeight = z.infer<typeof googleHealthWeightSchema>;

// Daily types: one per user-local date.

/** The daily resting heart rate. */
export const googleHealthDailyRestingHeartRateSchema = z.looseObject({
  /** Beats per minute (int64). */
  beatsPerMinute: googleHealthInt64Schema,
  /** The user's date. */
  date: googleHealthDateSchema,
  /** `WITH_SLEEP` or `ONLY_WITH_AWAKE_DATA`. */
  dailyRestingHeartRateMetadata: z.optional(
    z.looseObject({
      /** How it was computed. */
      calculationMethod: z.optional(z.string()),
    }),
  ),
});

/** The daily resting heart rate. */
export type GoogleHealthDailyRestingHeartRate = z.infer<
  typeof googleHealthDailyRestingHeartRateSchema
>;

/** The daily heart-rate variability, measured during sleep. */
export const googleHealthDailyHeartRateVariabilitySchema = z.looseObject({
  /** Average RMSSD, ms. */
  averageHeartRateVariabilityMilliseconds: z.optional(z.number()),
  /** RMSSD during deep sleep, ms. */
  deepSleepRootMeanSquareOfSuccessiveDifferencesMilliseconds: z.optional(z.number()),
  /** Non-REM heart rate, bpm (int64). */
  nonRemHeartRateBeatsPerMinute: z.optional(googleHealthInt64Schema),
  /** Entropy of beat intervals. */
  entropy: z.optional(z.number()),
  /** The user's date. */
  date: googleHealthDateSchema,
});

/** The daily HRV. */
export type GoogleHealthDailyHeartRateVariability = z.infer<
  typeof googleHealthDailyHeartRateVariabilitySchema
>;

/** The daily SpO2 summary, measured during sleep. */
export const googleHealthDailyOxygenSaturationSchema = z.looseObject({
  /** Average, percent. */
  averagePercentage: z.number(),
  /** Lower bound, percent. */
  lowerBoundPercentage: z.optional(z.number()),
  /** Upper bound, percent. */
  upperBoundPercentage: z.optional(z.number()),
  /** The user's date. */
  date: googleHealthDateSchema,
});

/** The daily SpO2 summary. */
export type GoogleHealthDailyOxygenSaturation = z.infer<
  typeof googleHealthDailyOxygenSaturationSchema
>;
