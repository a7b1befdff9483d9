import * as z from 'zod/mini';
import { garminSummaryFields } from './fields.js';

/**
 * An activity summary (`activities`, `manuallyUpdatedActivities` and the `summary` of
 * `activityDetails`): loose, required only what the mapper reads. Units are in the field names.
 *
 * @see https://developer.garmin.com/gc-developer-program/activity-api/ (Activity API §7.1)
 */
export const garminActivitySchema = z.looseObject({
  ...garminSummaryFields,
  /** Garmin's activity id (a number in the wire format). */
  activityId: z.nullish(z.union([z.number(), z.string()])),
  /** The user's title. */
  activityName: z.nullish(z.string()),
  /** Garmin's activity type (`RUNNING`, `ROAD_BIKING`, `LAP_SWIMMING`, `…_V2` aliases …). */
  activityType: z.string(),
  /** Duration, seconds (pauses included). */
  durationInSeconds: z.number(),
  /** Distance, metres. */
  distanceInMeters: z.nullish(z.number()),
  /** Average speed, m/s. */
  averageSpeedInMetersPerSecond: z.nullish(z.number()),
  /** Highest speed, m/s. */
  maxSpeedInMetersPerSecond: z.nullish(z.number()),
  /** Active energy, kcal. */
  activeKilocalories: z.nullish(z.number()),
  /** Average heart rate, bpm. */
  averageHeartRateInBeatsPerMinute: z.nullish(z.number()),
  /** Highest heart rate, bpm. */
  maxHeartRateInBeatsPerMinute: z.nullish(z.number()),
  /** Running cadence, steps per minute (both feet). */
  averageRunCadenceInStepsPerMinute: z.nullish(z.number()),
  /** Cycling cadence, rpm. */
  averageBikeCadenceInRoundsPerMinute: z.nullish(z.number()),
  /** Swimming cadence, strokes per minute. */
  averageSwimCadenceInStrokesPerMinute: z.nullish(z.number()),
  /** Average power, W. */
  averagePowerInWatts: z.nullish(z.number()),
  /** Ascent, metres. */
  totalElevationGainInMeters: z.nullish(z.number()),
  /** Steps. */
  steps: z.nullish(z.number()),
  /** The recording device. */
  deviceName: z.nullish(z.string()),
  /** Whether the user entered it by hand. */
  manual: z.nullish(z.boolean()),
  /** A multisport parent (its legs carry `parentSummaryId`). */
  isParent: z.nullish(z.boolean()),
  /** The multisport parent of a leg. */
  parentSummaryId: z.nullish(z.union([z.string(), z.number()])),
});

/** An activity summary. */
export type GarminActivity = z.output<typeof garminActivitySchema>;
