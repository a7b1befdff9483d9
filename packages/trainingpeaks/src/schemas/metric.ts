import * as z from 'zod/mini';
import { idSchema } from './wire.js';

/**
 * One metrics entry (`GET /v2/metrics/{start}/{end}`, premium). `DateTime` is local without a
 * zone, truncated to the minute; only the metrics recorded are present. The third-party
 * OpenAPI's modeled names (`Id`, `Timestamp`, `RestingHeartRate`, `Hrv`) are read as aliases.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/v2-Metrics-Get-Athlete-Metrics
 */
export const trainingpeaksMetricSchema = z.looseObject({
  /** Entry id (a GUID). */
  MetricId: z.nullish(idSchema),
  /** Entry id, as the third-party OpenAPI names it. */
  Id: z.nullish(idSchema),
  /** Athlete id. */
  AthleteId: z.nullish(idSchema),
  /** Local date-time, no zone, to the minute. */
  DateTime: z.nullish(z.string()),
  /** Date-time, as the third-party OpenAPI names it. */
  Timestamp: z.nullish(z.string()),
  /** App that recorded the entry. */
  UploadClient: z.nullish(z.string()),
  /** Sleep, hours. */
  SleepHours: z.nullish(z.number()),
  /** Sleep quality label. */
  SleepQuality: z.nullish(z.union([z.string(), z.number()])),
  /** Resting heart rate, bpm. */
  Pulse: z.nullish(z.number()),
  /** Resting heart rate, as the third-party OpenAPI names it. */
  RestingHeartRate: z.nullish(z.number()),
  /** Heart-rate variability, ms. */
  HRV: z.nullish(z.number()),
  /** Heart-rate variability, as the third-party OpenAPI names it. */
  Hrv: z.nullish(z.number()),
  /** Steps. */
  Steps: z.nullish(z.number()),
  /** Weight, kg. */
  WeightInKilograms: z.nullish(z.number()),
  /** Stress label or score. */
  Stress: z.nullish(z.union([z.string(), z.number()])),
});

/** One metrics entry. */
export type TrainingPeaksMetric = z.infer<typeof trainingpeaksMetricSchema>;

/** A list of metrics entries. */
export const trainingpeaksMetricListSchema = z.array(trainingpeaksMetricSchema);
