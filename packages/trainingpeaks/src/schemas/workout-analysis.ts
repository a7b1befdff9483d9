import * as z from 'zod/mini';
import { idSchema, nullish } from './wire.js';

const number = () => nullish(z.number());

/** One sample of workout details; `MillisecondsOffset` counts from the start. */
export const trainingpeaksDetailSampleSchema = z.looseObject({
  /** Milliseconds since the start. */
  MillisecondsOffset: z.number(),
  /** Heart rate, bpm. */
  HeartRate: number(),
  /** Power, W. */
  Power: number(),
  /** Cadence. */
  Cadence: number(),
  /** Speed, m/s. */
  Speed: number(),
  /** Cumulative distance, metres. */
  Distance: number(),
  /** Altitude, metres. */
  Elevation: number(),
  /** Latitude, degrees. */
  Latitude: number(),
  /** Longitude, degrees. */
  Longitude: number(),
  /** Temperature, °C. */
  Temperature: number(),
});

/**
 * `GET /v2/workouts/id/{id}/details` (scope `workouts:details`, premium): the recorded samples.
 * TrainingPeaks answers 204 when the workout is not completed or has no file. The wiki shows
 * no example of this body: the shape is fitlink's reading, loose.
 */
export const trainingpeaksWorkoutDetailsSchema = z.looseObject({
  /** The workout id. */
  WorkoutId: nullish(idSchema),
  /** Samples, oldest first. */
  Data: nullish(z.array(trainingpeaksDetailSampleSchema)),
});

/** A workout's recorded samples. */
export type TrainingPeaksWorkoutDetails = z.infer<typeof trainingpeaksWorkoutDetailsSchema>;

/** One point of a mean-max curve. */
export const trainingpeaksMeanMaxSchema = z.looseObject({
  /** Duration label, e.g. `MM5Min`. */
  Label: nullish(z.string()),
  /** Best average over that duration. */
  Value: number(),
});

/** `GET /v2/workouts/id/{id}/meanmaxes` (premium): best averages over standard durations. */
export const trainingpeaksMeanMaxesSchema = z.looseObject({
  /** The workout id. */
  WorkoutId: nullish(idSchema),
  /** One curve per channel (`power`, `heartrate`, `speed` …). */
  MeanMaxes: nullish(
    z.array(
      z.looseObject({
        /** Channel. */
        Type: nullish(z.string()),
        /** Curve points. */
        MeanMaxes: nullish(z.array(trainingpeaksMeanMaxSchema)),
      }),
    ),
  ),
});

/** A workout's mean-max curves. */
export type TrainingPeaksMeanMaxes = z.infer<typeof trainingpeaksMeanMaxesSchema>;

/** One zone's time, keyed `"0"`, `"1"` … in the wire shape. */
export const trainingpeaksZoneTimeSchema = z.looseObject({
  /** Seconds spent in the zone. */
  Seconds: number(),
  /** Lower bound. */
  Minimum: number(),
  /** Upper bound. */
  Maximum: number(),
  /** Zone name. */
  Label: nullish(z.string()),
});

/** Time in one channel's zones plus the thresholds used. */
export const trainingpeaksZoneTimesSchema = z.looseObject({
  /** Zones keyed by index. */
  TimeInZones: nullish(z.record(z.string(), trainingpeaksZoneTimeSchema)),
  /** Maximum used. */
  Maximum: number(),
  /** Threshold used (threshold heart rate, FTP, threshold speed). */
  Threshold: number(),
  /** Resting value used. */
  Resting: number(),
});

/**
 * `GET /v2/workouts/id/{id}/timeinzones` (premium): time in heart-rate, power and speed zones.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Workouts-Get-Athlete-Time-in-Zones
 */
export const trainingpeaksTimeInZonesSchema = z.looseObject({
  /** The workout id. */
  WorkoutId: nullish(idSchema),
  /** Heart-rate zones. */
  TimeInHeartRateZones: nullish(trainingpeaksZoneTimesSchema),
  /** Power zones. */
  TimeInPowerZones: nullish(trainingpeaksZoneTimesSchema),
  /** Speed zones. */
  TimeInSpeedZones: nullish(trainingpeaksZoneTimesSchema),
});

/** A workout's time in zones. */
export type TrainingPeaksTimeInZones = z.infer<typeof trainingpeaksTimeInZonesSchema>;
