import * as z from 'zod/mini';

/** One zone: bounds in the zone type's unit (bpm, W, m/s). */
export const trainingpeaksZoneSchema = z.looseObject({
  /** Zone name. */
  Label: z.nullish(z.string()),
  /** Lower bound. */
  Minimum: z.nullish(z.number()),
  /** Upper bound. */
  Maximum: z.nullish(z.number()),
  /** `heartrate`, `power` or `speed`, on the flat list form. */
  ZoneType: z.nullish(z.string()),
});

/** One zone. */
export type TrainingPeaksZone = z.infer<typeof trainingpeaksZoneSchema>;

/**
 * One zone set with its threshold: FTP for power (W), threshold heart rate (bpm) or threshold
 * speed (m/s), as in the `Threshold`/`Maximum`/`Resting` fields of time-in-zones.
 */
export const trainingpeaksZoneSetSchema = z.looseObject({
  /** Workout types the set applies to (`Bike`, `Run` …), when sport-specific. */
  WorkoutTypes: z.nullish(z.array(z.string())),
  /** Threshold: FTP (W), threshold heart rate (bpm) or threshold speed (m/s). */
  Threshold: z.nullish(z.number()),
  /** Maximum (heart rate sets). */
  Maximum: z.nullish(z.number()),
  /** Resting (heart rate sets). */
  Resting: z.nullish(z.number()),
  /** The zones. */
  Zones: z.nullish(z.array(trainingpeaksZoneSchema)),
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
    HeartRate: z.nullish(z.array(trainingpeaksZoneSetSchema)),
    /** Power zone sets. */
    Power: z.nullish(z.array(trainingpeaksZoneSetSchema)),
    /** Speed zone sets. */
    Speed: z.nullish(z.array(trainingpeaksZoneSetSchema)),
  }),
  z.array(trainingpeaksZoneSchema),
]);

/** The athlete's zones. */
export type TrainingPeaksZones = z.infer<typeof trainingpeaksZonesSchema>;
