import * as z from 'zod/mini';
import {
  googleHealthDurationSchema,
  googleHealthInt64Schema,
  googleHealthIntervalSchema,
  googleHealthTimestampSchema,
} from './fields.js';

/** Summary metrics of an exercise or a split; every field optional. */
export const googleHealthMetricsSummarySchema = z.looseObject({
  /** Active zone minutes earned (int64). */
  activeZoneMinutes: z.optional(googleHealthInt64Schema),
  /** Average heart rate, bpm (int64). */
  averageHeartRateBeatsPerMinute: z.optional(googleHealthInt64Schema),
  /** Average pace, seconds per metre. */
  averagePaceSecondsPerMeter: z.optional(z.number()),
  /** Average speed, millimetres per second. */
  averageSpeedMillimetersPerSecond: z.optional(z.number()),
  /** Energy, kilocalories. */
  caloriesKcal: z.optional(z.number()),
  /** Distance, millimetres. */
  distanceMillimeters: z.optional(z.number()),
  /** Elevation gain, millimetres. */
  elevationGainMillimeters: z.optional(z.number()),
  /** Time per heart-rate zone (protobuf durations). */
  heartRateZoneDurations: z.optional(
    z.looseObject({
      /** Light zone. */
      lightTime: z.optional(googleHealthDurationSchema),
      /** Moderate zone. */
      moderateTime: z.optional(googleHealthDurationSchema),
      /** Vigorous zone. */
      vigorousTime: z.optional(googleHealthDurationSchema),
      /** Peak zone. */
      peakTime: z.optional(googleHealthDurationSchema),
    }),
  ),
  /** Run VO2 max estimate. */
  runVo2Max: z.optional(z.number()),
  /** Steps (int64). */
  steps: z.optional(googleHealthInt64Schema),
  /** Full pool lengths swum. */
  totalSwimLengths: z.optional(z.number()),
});

/** Summary metrics of an exercise. */
export type GoogleHealthMetricsSummary = z.infer<typeof googleHealthMetricsSummarySchema>;

/**
 * An `exercise` data point's value: a recorded or logged workout.
 *
 * @see https://developers.google.com/health/reference/rest/v4/users.dataTypes.dataPoints#Exercise
 */
export const googleHealthExerciseSchema = z.looseObject({
  /** `RUNNING`, `WALKING`, `BIKING`, `SWIMMING`, `HIKING`, `YOGA`, `PILATES`, `WORKOUT`, `HIIT`, `WEIGHTLIFTING`, `STRENGTH_TRAINING`, `OTHER` … */
  exerciseType: z.string(),
  /** Display name ("Morning Run"). */
  displayName: z.optional(z.string()),
  /** The session's interval, with UTC offsets. */
  interval: googleHealthIntervalSchema,
  /** Duration excluding pauses (`"2710s"`). */
  activeDuration: z.optional(googleHealthDurationSchema),
  /** Summary metrics (required by the API, possibly empty). */
  metricsSummary: z.optional(googleHealthMetricsSummarySchema),
  /** GPS and pool metadata. */
  exerciseMetadata: z.optional(
    z.looseObject({
      /** Whether GPS was recorded. */
      hasGps: z.optional(z.boolean()),
      /** Pool length, mm (swims). */
      poolLengthMillimeters: z.optional(googleHealthInt64Schema),
    }),
  ),
  /** Free-form notes from manual logging. */
  notes: z.optional(z.string()),
  /** Created (output only). */
  createTime: z.optional(googleHealthTimestampSchema),
  /** Last updated (output only). */
  updateTime: z.optional(googleHealthTimestampSchema),
});

/** An exercise. */
export type GoogleHealthExercise = z.infer<typeof googleHealthExerciseSchema>;
