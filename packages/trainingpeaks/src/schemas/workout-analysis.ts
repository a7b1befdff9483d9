import * as z from 'zod/mini';
import { idSchema } from './wire.js';

/** One sample of workout details; `MillisecondsOffset` counts from the start. */
export const trainingpeaksDetailSampleSchema = z.looseObject({
  /** Milliseconds since the start. */
  MillisecondsOffset: z.number(),
  /** Heart rate, bpm. */
  HeartRate: z.nullish(z.number()),
  /** Power, W. */
  Power: z.nullish(z.number()),
  /** Cadence. */
  Cadence: z.nullish(z.number()),
  /** Speed, m/s. */
  Speed: z.nullish(z.number()),
  /** Cumulative distance, metres. */
  Distance: z.nullish(z.number()),
  /** Altitude, metres. */
  Elevation: z.nullish(z.number()),
  /** Latitude, degrees. */
  Latitude: z.nullish(z.number()),
  /** Longitude, degrees. */
  Longitude: z.nullish(z.number()),
  /** Temperature, °C. */
  Temperature: z.nullish(z.number()),
});

/**
 * `GET /v2/workouts/id/{id}/details` (scope `workouts:details`, premium): the recorded samples.
 * TrainingPeaks answers 204 when the workout is not completed or has no file. The wiki shows
 * no example of this body: the shape is fitlink's reading, loose.
 */
export const trainingpeaksWorkoutDetailsSchema = z.looseObject({
  /** The workout id. */
  WorkoutId: z.nullish(idSchema),
  /** Samples, oldest first. */
  Data: z.nullish(z.array(trainingpeaksDetailSampleSchema)),
});

/** A workout's recorded samples. */
export type TrainingPeaksWorkoutDetails = z.infer<typeof trainingpeaksWorkoutDetailsSchema>;

/** One point of a mean-max curve. */
export const trainingpeaksMeanMaxSchema = z.looseObject({
  /** Duration label, e.g. `MM5Min`. */
  Label: z.nullish(z.string()),
  /** Best average over that duration. */
  Value: z.nullish(z.number()),
});

/** `GET /v2/workouts/id/{id}/meanmaxes` (premium): best averages over standard durations. */
export const trainingpeaksMeanMaxesSchema = z.looseObject({
  /** The workout id. */
  WorkoutId: z.nullish(idSchema),
  /** One curve per channel (`power`, `heartrate`, `speed` …). */
  MeanMaxes: z.nullish(
    z.array(
      z.looseObject({
        /** Channel. */
        Type: z.nullish(z.string()),
        /** Curve points. */
        MeanMaxes: z.nullish(z.array(trainingpeaksMeanMaxSchema)),
      }),
    ),
  ),
});

/** A workout's mean-max curves. */
export type TrainingPeaksMeanMaxes = z.infer<typeof trainingpeaksMeanMaxesSchema>;

/** One zone's time, keyed `"0"`, `"1"` … in the wire shape. */
export const trainingpeaksZoneTimeSchema = z.looseObject({
  /** Seconds spent in the zone. */
  Seconds: z.nullish(z.number()),
  /** Lower bound. */
  Minimum: z.nullish(z.number()),
  /** Upper bound. */
  Maximum: z.nullish(z.number()),
  /** Zone name. */
  Label: z.nullish(z.string()),
});

/** Time in one channel's zones plus the thresholds used. */
export const trainingpeaksZoneTimesSchema = z.looseObject({
  /** Zones keyed by index. */
  TimeInZones: z.nullish(z.record(z.string(), trainingpeaksZoneTimeSchema)),
  /** Maximum used. */
  Maximum: z.nullish(z.number()),
  /** Threshold used (threshold heart rate, FTP, threshold speed). */
  Threshold: z.nullish(z.number()),
  /** Resting value used. */
  Resting: z.nullish(z.number()),
});

/**
 * `GET /v2/workouts/id/{id}/timeinzones` (premium): time in heart-rate, power and speed zones.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Workouts-Get-Athlete-Time-in-Zones
 */
export const trainingpeaksTimeInZonesSchema = z.looseObject({
  /** The workout id. */
  WorkoutId: z.nullish(idSchema),
  /** Heart-rate zones. */
  TimeInHeartRateZones: z.nullish(trainingpeaksZoneTimesSchema),
  /** Power zones. */
  TimeInPowerZones: z.nullish(trainingpeaksZoneTimesSchema),
  /** Speed zones. */
  TimeInSpeedZones: z.nullish(trainingpeaksZoneTimesSchema),
});

/** A workout's time in zones. */
export type TrainingPeaksTimeInZones = z.infer<typeof trainingpeaksTimeInZonesSchema>;
