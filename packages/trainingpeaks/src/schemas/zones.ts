import * as z from 'zod/mini';
import { nullish } from './wire.js';

/** One zone: bounds in the zone type's unit (bpm, W, m/s). */
export const trainingpeaksZoneSchema = z.looseObject({
  /** Zone name. */
  Label: nullish(z.string()),
  /** Lower bound. */
  Minimum: nullish(z.number()),
  /** Upper bound. */
  Maximum: nullish(z.number()),
  /** `heartrate`, `power` or `speed`, on the flat list form. */
  ZoneType: nullish(z.string()),
});

/** One zone. */
export type TrainingPeaksZone = z.infer<typeof trainingpeaksZoneSchema>;

/**
 * One zone set with its threshold: FTP for power (W), threshold heart rate (bpm) or threshold
 * speed (m/s), as in the `Threshold`/`Maximum`/`Resting` fields of time-in-zones.
 */
export const trainingpeaksZoneSetSchema = z.looseObject({
  /** Workout types the set applies to (`Bike`, `Run` …), when sport-specific. */
  WorkoutTypes: nullish(z.array(z.string())),
  /** Threshold: FTP (W), threshold heart rate (bpm) or threshold speed (m/s). */
  Threshold: nullish(z.number()),
  /** Maximum (heart rate sets). */
  Maximum: nullish(z.number()),
  /** Resting (heart rate sets). */
  Resting: nullish(z.number()),
  /** The zones. */
  Zones: nullish(z.array(trainingpeaksZoneSchema)),
});

/** One zone set with its threshold. */
export type TrainingPeaksZoneSet = z.infer<typeof trainingpeaksZoneSetSchema>;

/**
 * `GET /v1/athlete/zones` (deprecated by TrainingPeaks, still served): heart-rate, power and
 * speed zone sets with thresholds in one call. The published wiki shows no example; the
 * third-party OpenAPI models a flat list of zones with `ZoneType`, which is accepted too.
 */
export const trainingpeaksZonesSchema = z.union([
  z.looseObject({
    /** Heart-rate zone sets. */
    HeartRate: nullish(z.array(trainingpeaksZoneSetSchema)),
    /** Power zone sets. */
    Power: nullish(z.array(trainingpeaksZoneSetSchema)),
    /** Speed zone sets. */
    Speed: nullish(z.array(trainingpeaksZoneSetSchema)),
  }),
  z.array(trainingpeaksZoneSchema),
]);

/** The athlete's zones. */
export type TrainingPeaksZones = z.infer<typeof trainingpeaksZonesSchema>;
