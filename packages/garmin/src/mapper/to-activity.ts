import { type Activity, createActivity, type Metrics, mapSport, valueOrNull } from '@fitlink/core';
import type { GarminActivity } from '../schemas/activity.js';
import { GARMIN_SPORT_TYPES } from './sport-type.js';
import { garminOffsetMinutes, putDeviceOffset, secondsToMs } from './time.js';

/** Options of {@link mapGarminActivity}. */
export interface MapGarminActivityOptions {
  /** Keep the Garmin payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const NON_NEGATIVE = { nonNegative: true } as const;
const text = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value;

/**
 * Maps a Garmin activity summary (`activities`, `manuallyUpdatedActivities`, or the `summary` of
 * `activityDetails`) to a normalized {@link @fitlink/core!Activity}. Garmin's units are SI
 * already; `startTimeInSeconds` is UTC and `startTimeOffsetInSeconds` (the device clock's
 * offset, not a zone) becomes `utcOffsetMinutes`, with `timeZone` left `null`. The type maps
 * through {@link GARMIN_SPORT_TYPES} (`_V2` aliases included, unknown → `other`). Garmin reports
 * one duration, so it is `elapsedSeconds` and `movingSeconds` stays `null`; cadence is the run
 * (steps per minute, both feet), ride (rpm) or swim (strokes per minute) figure.
 *
 * @param activity - An activity summary as Garmin sends it.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result is invalid.
 * @example
 * ```ts
 * import { mapGarminActivity } from '@fitlink/garmin';
 * const activity = mapGarminActivity({ summaryId: '101', activityType: 'RUNNING',
 *   startTimeInSeconds: 1763622000, startTimeOffsetInSeconds: -25200, durationInSeconds: 1800,
 *   distanceInMeters: 5000 });
 * activity.utcOffsetMinutes; // -420
 * ```
 */
export function mapGarminActivity(
  activity: GarminActivity,
  options: MapGarminActivityOptions = {},
): Activity {
  const metrics: Metrics = {};
  putDeviceOffset(metrics, activity.startTimeOffsetInSeconds);
  if (activity.activityId !== undefined && activity.activityId !== null)
    metrics.garminActivityId = String(activity.activityId);
  if (activity.isParent === true) metrics.multisportParent = true;
  if (activity.parentSummaryId !== undefined && activity.parentSummaryId !== null)
    metrics.parentSummaryId = String(activity.parentSummaryId);
  const energy = valueOrNull(activity.activeKilocalories, NON_NEGATIVE);
  return createActivity({
    provider: 'garmin',
    externalId: activity.summaryId,
    sport: mapSport(GARMIN_SPORT_TYPES, activity.activityType),
    providerSport: text(activity.activityType),
    name: text(activity.activityName),
    startTime: secondsToMs(activity.startTimeInSeconds),
    utcOffsetMinutes: garminOffsetMinutes(activity.startTimeOffsetInSeconds),
    // An offset is not a zone: Garmin never says where the device was.
    timeZone: null,
    elapsedSeconds: valueOrNull(activity.durationInSeconds, NON_NEGATIVE),
    movingSeconds: null,
    distanceMetres: valueOrNull(activity.distanceInMeters, NON_NEGATIVE),
    elevationGainMetres: valueOrNull(activity.totalElevationGainInMeters, NON_NEGATIVE),
    energyKcal: energy,
    energySource: energy === null ? null : 'provider',
    heartRateAvgBpm: valueOrNull(activity.averageHeartRateInBeatsPerMinute, NON_NEGATIVE),
    heartRateMaxBpm: valueOrNull(activity.maxHeartRateInBeatsPerMinute, NON_NEGATIVE),
    powerAvgWatts: valueOrNull(activity.averagePowerInWatts, NON_NEGATIVE),
    speedAvgMetresPerSecond: valueOrNull(activity.averageSpeedInMetersPerSecond, NON_NEGATIVE),
    speedMaxMetresPerSecond: valueOrNull(activity.maxSpeedInMetersPerSecond, NON_NEGATIVE),
    cadenceAvg: valueOrNull(
      activity.averageRunCadenceInStepsPerMinute ??
        activity.averageBikeCadenceInRoundsPerMinute ??
        activity.averageSwimCadenceInStrokesPerMinute,
      NON_NEGATIVE,
    ),
    steps: valueOrNull(activity.steps, NON_NEGATIVE),
    metrics,
    device: text(activity.deviceName),
    manual: typeof activity.manual === 'boolean' ? activity.manual : null,
    ...(options.includeRaw ? { raw: activity } : {}),
  });
}
