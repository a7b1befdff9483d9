import * as z from 'zod/mini';
import { garminActivitySchema } from './activity.js';
import { garminSummaryFields } from './fields.js';

/** One Activity Details sample (up to one a second). Every measurement is optional. */
export const garminActivitySampleSchema = z.looseObject({
  /** When, epoch seconds UTC. */
  startTimeInSeconds: z.number(),
  /** Latitude, degrees. */
  latitudeInDegree: z.nullish(z.number()),
  /** Longitude, degrees. */
  longitudeInDegree: z.nullish(z.number()),
  /** Elevation, metres. */
  elevationInMeters: z.nullish(z.number()),
  /** Heart rate, bpm. */
  heartRate: z.nullish(z.number()),
  /** Speed, m/s. */
  speedMetersPerSecond: z.nullish(z.number()),
  /** Cumulative distance, metres. */
  totalDistanceInMeters: z.nullish(z.number()),
  /** Power, W. */
  powerInWatts: z.nullish(z.number()),
  /** Cadence, steps per minute (runs). */
  stepsPerMinute: z.nullish(z.number()),
  /** Cadence, rpm (rides). */
  bikeCadenceInRPM: z.nullish(z.number()),
  /** Air temperature, °C (Garmin's spelling). */
  airTemperatureCelcius: z.nullish(z.number()),
});

/** One Activity Details sample. */
export type GarminActivitySample = z.output<typeof garminActivitySampleSchema>;

/**
 * An `activityDetails` record: the activity's summary with its samples and laps. Activities
 * longer than 24 h have no details.
 */
export const garminActivityDetailsSchema = z.looseObject({
  ...garminSummaryFields,
  /** Garmin's activity id. */
  activityId: z.nullish(z.union([z.number(), z.string()])),
  /** The activity summary. */
  summary: garminActivitySchema,
  /** The samples, oldest first. */
  samples: z.nullish(z.array(garminActivitySampleSchema)),
  /** Laps (`startTimeInSeconds` each). */
  laps: z.nullish(
    z.array(
      z.looseObject({
        /** Start of the lap, epoch seconds UTC. */
        startTimeInSeconds: z.number(),
      }),
    ),
  ),
});

/** An `activityDetails` record. */
export type GarminActivityDetails = z.output<typeof garminActivityDetailsSchema>;
