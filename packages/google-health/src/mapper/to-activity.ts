import {
  type Activity,
  createActivity,
  type Metrics,
  mapSport,
  roundTo,
  valueOrNull,
} from '@fitlink/core';
import type { GoogleHealthExercisePoint } from '../schemas/data-point.js';
import type { GoogleHealthMapOptions } from './map-options.js';
import { GOOGLE_HEALTH_SPORT_TYPES } from './sport-type.js';
import {
  durationSeconds,
  int64Value,
  offsetMinutes,
  resourceId,
  secondsBetween,
} from './values.js';

const mm = (value: number | undefined): number | null => {
  const kept = valueOrNull(value, { nonNegative: true });
  // Rounded to the micrometre: 3047.9 mm/s is 3.0479 m/s, not 3.0479000000000003.
  return kept === null ? null : roundTo(kept / 1000, 6);
};

/**
 * Maps an `exercise` data point to a normalized {@link @fitlink/core!Activity}: the sport from
 * {@link GOOGLE_HEALTH_SPORT_TYPES}, start in UTC with the user's offset, elapsed time from the
 * interval and moving time from `activeDuration`, millimetres to metres (distance, elevation),
 * mm/s to m/s, energy in kcal, average heart rate, steps; active zone minutes, time per heart
 * rate zone, run VO2 max and swim lengths in `metrics`. Absent values stay `null` (exercise has
 * no true zeros).
 *
 * @param point - A point from `dataTypes/exercise/dataPoints`.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapGoogleHealthExercise, type GoogleHealthExercisePoint } from '@fitlink/google-health';
 *
 * declare const point: GoogleHealthExercisePoint;
 * const activity = mapGoogleHealthExercise(point);
 * ```
 */
export function mapGoogleHealthExercise(
  point: GoogleHealthExercisePoint,
  options: GoogleHealthMapOptions = {},
): Activity {
  const { exercise } = point;
  const { interval } = exercise;
  const summary = exercise.metricsSummary ?? {};
  const elapsed = secondsBetween(interval.startTime, interval.endTime);
  const active = durationSeconds(exercise.activeDuration);
  const metrics: Metrics = {};
  const azm = int64Value(summary.activeZoneMinutes);
  if (azm !== null) metrics.activeZoneMinutes = azm;
  const zones = summary.heartRateZoneDurations;
  if (zones) {
    for (const [key, value] of Object.entries({
      lightZoneSeconds: zones.lightTime,
      moderateZoneSeconds: zones.moderateTime,
      vigorousZoneSeconds: zones.vigorousTime,
      peakZoneSeconds: zones.peakTime,
    })) {
      const seconds = durationSeconds(value);
      if (seconds !== null) metrics[key] = seconds;
    }
  }
  if (summary.runVo2Max !== undefined) metrics.runVo2Max = summary.runVo2Max;
  if (summary.totalSwimLengths !== undefined) metrics.swimLengths = summary.totalSwimLengths;
  const method = point.dataSource?.recordingMethod;
  const externalId =
    resourceId(point.name) ?? `${exercise.exerciseType}-${Date.parse(interval.startTime)}`;
  return createActivity({
    provider: 'google-health',
    externalId,
    sport: mapSport(GOOGLE_HEALTH_SPORT_TYPES, exercise.exerciseType),
    providerSport: exercise.exerciseType,
    name: exercise.displayName ?? null,
    startTime: interval.startTime,
    utcOffsetMinutes: offsetMinutes(interval.startUtcOffset),
    elapsedSeconds: elapsed,
    // Only when Google tells pauses apart, and never more than the elapsed time.
    movingSeconds:
      active !== null && elapsed !== null && active >= 0 ? Math.min(active, elapsed) : null,
    distanceMetres: mm(summary.distanceMillimeters),
    elevationGainMetres: mm(summary.elevationGainMillimeters),
    energyKcal: valueOrNull(summary.caloriesKcal, { nonNegative: true }),
    heartRateAvgBpm: int64Value(summary.averageHeartRateBeatsPerMinute),
    speedAvgMetresPerSecond: mm(summary.averageSpeedMillimetersPerSecond),
    steps: valueOrNull(int64Value(summary.steps), { nonNegative: true }),
    metrics,
    device: point.dataSource?.device?.displayName ?? null,
    manual:
      method === undefined || method === 'RECORDING_METHOD_UNSPECIFIED'
        ? null
        : method === 'MANUAL',
    ...(options.includeRaw ? { raw: point } : {}),
  });
}
