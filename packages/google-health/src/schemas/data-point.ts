import * as z from 'zod/mini';
import { googleHealthExerciseSchema } from './exercise.js';
import { googleHealthDataSourceSchema } from './fields.js';
import {
  googleHealthActiveZoneMinutesSchema,
  googleHealthDailyHeartRateVariabilitySchema,
  googleHealthDailyOxygenSaturationSchema,
  googleHealthDailyRestingHeartRateSchema,
  googleHealthDistanceSchema,
  googleHealthHeartRateSchema,
  googleHealthHeartRateVariabilitySchema,
  googleHealthOxygenSaturationSchema,
  googleHealthStepsSchema,
  googleHealthWeightSchema,
} from './measurements.js';
import { googleHealthSleepSchema } from './sleep.js';

const values = {
  /** `exercise`. */
  exercise: z.optional(googleHealthExerciseSchema),
  /** `sleep`. */
  sleep: z.optional(googleHealthSleepSchema),
  /** `steps`. */
  steps: z.optional(googleHealthStepsSchema),
  /** `distance`. */
  distance: z.optional(googleHealthDistanceSchema),
  /** `active-zone-minutes`. */
  activeZoneMinutes: z.optional(googleHealthActiveZoneMinutesSchema),
  /** `heart-rate`. */
  heartRate: z.optional(googleHealthHeartRateSchema),
  /** `heart-rate-variability`. */
  heartRateVariability: z.optional(googleHealthHeartRateVariabilitySchema),
  /** `oxygen-saturation`. */
  oxygenSaturation: z.optional(googleHealthOxygenSaturationSchema),
  /** `weight`. */
  weight: z.optional(googleHealthWeightSchema),
  /** `daily-resting-heart-rate`. */
  dailyRestingHeartRate: z.optional(googleHealthDailyRestingHeartRateSchema),
  /** `daily-heart-rate-variability`. */
  dailyHeartRateVariability: z.optional(googleHealthDailyHeartRateVariabilitySchema),
  /** `daily-oxygen-saturation`. */
  dailyOxygenSaturation: z.optional(googleHealthDailyOxygenSaturationSchema),
  /** Where it came from. */
  dataSource: z.optional(googleHealthDataSourceSchema),
};

/**
 * A data point: a union object where the field named after the data type (camel case) holds the
 * value. Other data types' fields pass through unvalidated (loose).
 *
 * @see https://developers.google.com/health/reference/rest/v4/users.dataTypes.dataPoints
 */
export const googleHealthDataPointSchema = z.looseObject({
  /** `users/{user}/dataTypes/{type}/dataPoints/{id}`, for identifiable types (exercise, sleep …). */
  name: z.optional(z.string()),
  ...values,
});

/** A data point. */
export type GoogleHealthDataPoint = z.infer<typeof googleHealthDataPointSchema>;

/** A reconciled data point (`:reconcile`): the same union, named by `dataPointName`. */
export const googleHealthReconciledDataPointSchema = z.looseObject({
  /** `users/{user}/dataTypes/{type}/dataPoints/{id}`, for identifiable types. */
  dataPointName: z.optional(z.string()),
  ...values,
});

/** A reconciled data point. */
export type GoogleHealthReconciledDataPoint = z.infer<typeof googleHealthReconciledDataPointSchema>;

/** A page of `dataPoints.list`, newest first. */
export const googleHealthDataPointPageSchema = z.looseObject({
  /** The points (absent when there are none). */
  dataPoints: z._default(z.array(googleHealthDataPointSchema), []),
  /** The next page's token; empty or absent on the last page. */
  nextPageToken: z.optional(z.string()),
});

/** A page of `dataPoints.list`. */
export type GoogleHealthDataPointPage = z.infer<typeof googleHealthDataPointPageSchema>;

/** A page of `dataPoints:reconcile`. */
export const googleHealthReconciledPageSchema = z.looseObject({
  /** The reconciled points. */
  dataPoints: z._default(z.array(googleHealthReconciledDataPointSchema), []),
  /** The next page's token; empty or absent on the last page. */
  nextPageToken: z.optional(z.string()),
});

/** A page of `dataPoints:reconcile`. */
export type GoogleHealthReconciledPage = z.infer<typeof googleHealthReconciledPageSchema>;

/** A data point of the `exercise` type: its `exercise` value is required. */
export const googleHealthExercisePointSchema = z.looseObject({
  /** `users/{user}/dataTypes/exercise/dataPoints/{id}`. */
  name: z.optional(z.string()),
  /** The exercise. */
  exercise: googleHealthExerciseSchema,
  /** Where it came from. */
  dataSource: z.optional(googleHealthDataSourceSchema),
});

/** A data point of the `exercise` type. */
export type GoogleHealthExercisePoint = z.infer<typeof googleHealthExercisePointSchema>;

/** A data point of the `sleep` type: its `sleep` value is required. */
export const googleHealthSleepPointSchema = z.looseObject({
  /** `users/{user}/dataTypes/sleep/dataPoints/{id}`. */
  name: z.optional(z.string()),
  /** The sleep session. */
  sleep: googleHealthSleepSchema,
  /** Where it came from. */
  dataSource: z.optional(googleHealthDataSourceSchema),
});

/** A data point of the `sleep` type. */
export type GoogleHealthSleepPoint = z.infer<typeof googleHealthSleepPointSchema>;
