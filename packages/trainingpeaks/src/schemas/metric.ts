import * as z from 'zod/mini';
import { idSchema, nullish } from './wire.js';

const number = () => nullish(z.number());

/**
 * One metrics entry (`GET /v2/metrics/{start}/{end}`, premium). `DateTime` is local without a
 * zone, truncated to the minute; only the metrics recorded are present. The third-party
 * OpenAPI's modeled names (`Id`, `Timestamp`, `RestingHeartRate`, `Hrv`) are read as aliases.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/v2-Metrics-Get-Athlete-Metrics
 */
export const trainingpeaksMetricSchema = z.looseObject({
  /** Entry id (a GUID). */
  MetricId: nullish(idSchema),
  /** Entry id, as the third-party OpenAPI names it. */
  Id: nullish(idSchema),
  /** Athlete id. */
  AthleteId: nullish(idSchema),
  /** Local date-time, no zone, to the minute. */
  DateTime: nullish(z.string()),
  /** Date-time, as the third-party OpenAPI names it. */
  Timestamp: nullish(z.string()),
  /** App that recorded the entry. */
  UploadClient: nullish(z.string()),
  /** Sleep, hours. */
  SleepHours: number(),
  /** Sleep quality label. */
  SleepQuality: nullish(z.union([z.string(), z.number()])),
  /** Resting heart rate, bpm. */
  Pulse: number(),
  /** Resting heart rate, as the third-party OpenAPI names it. */
  RestingHeartRate: number(),
  /** Heart-rate variability, ms. */
  HRV: number(),
  /** Heart-rate variability, as the third-party OpenAPI names it. */
  Hrv: number(),
  /** Steps. */
  Steps: number(),
  /** Weight, kg. */
  WeightInKilograms: number(),
  /** Stress label or score. */
  Stress: nullish(z.union([z.string(), z.number()])),
});

/** One metrics entry. */
export type TrainingPeaksMetric = z.infer<typeof trainingpeaksMetricSchema>;

/** A list of metrics entries. */
export const trainingpeaksMetricListSchema = z.array(trainingpeaksMetricSchema);
