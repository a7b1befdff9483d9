import {
  type Activity,
  createActivity,
  type Metrics,
  mapSport,
  type Sport,
  ValidationError,
  valueOrNull,
} from '@fitlink/core';
import type { AppleHealthQuantity } from '../schemas/quantity.js';
import type { AppleHealthWorkout } from '../schemas/workout.js';
import { readAppleHealthDate } from './date.js';
import { APPLE_HEALTH_SPORT_TYPES } from './sport-type.js';
import { convertAppleHealthQuantity } from './units.js';

/** Options of {@link mapAppleHealthWorkout}. */
export interface MapAppleHealthWorkoutOptions {
  /** Keep the workout payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const NON_NEGATIVE = { nonNegative: true } as const;
// A plain type marked indoor is the indoor variant (Health writes `Running` + `isIndoor: true`).
const INDOOR: Partial<Record<Sport, Sport>> = {
  run: 'treadmill_run',
  ride: 'indoor_ride',
  row: 'indoor_row',
};

const quantity = (
  value: AppleHealthQuantity | null | undefined,
  dimension: Parameters<typeof convertAppleHealthQuantity>[2],
) =>
  value === null || value === undefined
    ? null
    : valueOrNull(convertAppleHealthQuantity(value.qty, value.units, dimension), NON_NEGATIVE);

const heartRate = (value: number | null | undefined) => {
  const bpm = valueOrNull(value, NON_NEGATIVE);
  return bpm !== null && bpm > 0 && bpm <= 300 ? bpm : null;
};

/** The workout's active energy: its total, or the sum of its per-interval samples (each with its unit). */
function energyOf(workout: AppleHealthWorkout): number | null {
  const total = quantity(workout.activeEnergyBurned, 'energy');
  if (total !== null || !workout.activeEnergy || workout.activeEnergy.length === 0) return total;
  let sum = 0;
  for (const sample of workout.activeEnergy) {
    const kcal = valueOrNull(
      convertAppleHealthQuantity(sample.qty, sample.units, 'energy'),
      NON_NEGATIVE,
    );
    if (kcal === null) return null;
    sum += kcal;
  }
  return sum;
}

/** The workout's step count: one quantity, or the sum of its per-interval samples. */
function stepsOf(workout: AppleHealthWorkout): number | null {
  const steps = workout.stepCount;
  if (steps === null || steps === undefined) return null;
  if (!Array.isArray(steps)) return valueOrNull(steps.qty, NON_NEGATIVE);
  const values = steps.map((sample) => valueOrNull(sample.qty, NON_NEGATIVE));
  if (values.length === 0 || values.some((value) => value === null)) return null;
  return values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

/**
 * Maps a Health Auto Export workout (Export Version 2) to a normalized
 * `Activity`: `id` is the external id, the start keeps the offset written on
 * it, distance, energy and elevation are converted from the unit each quantity carries (`km` or
 * `mi`, `kcal` or `kJ`, `m` or `ft`), heart rate is read from either the `{min, avg, max}`
 * quantities or the flat `{Min, Avg, Max}` numbers, and the `name` goes through
 * {@link APPLE_HEALTH_SPORT_TYPES}. `duration` is the one duration Health gives
 * (`elapsedSeconds`); `activeEnergyBurned` is Apple's estimate (`energySource: 'provider'`).
 *
 * @param workout - A workout as the app sends it.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the start cannot be read or the record is invalid.
 *
 * @example
 * ```ts
 * import { mapAppleHealthWorkout } from '@fitlink/apple-health';
 * const activity = mapAppleHealthWorkout({ id: 'A1', name: 'Running',
 *   start: '2026-08-26 07:02:00 -0400', end: '2026-08-26 07:48:00 -0400', duration: 2760,
 *   distance: { qty: 5, units: 'mi' } });
 * activity.distanceMetres; // 8046.72
 * ```
 */
export function mapAppleHealthWorkout(
  workout: AppleHealthWorkout,
  options: MapAppleHealthWorkoutOptions = {},
): Activity {
  const start = readAppleHealthDate(workout.start);
  if (start === null) {
    throw new ValidationError('Health Auto Export workout has an unreadable start', {
      endpoint: 'apple-health workout',
      issues: [
        { path: ['start'], code: 'invalid_format', message: 'expected yyyy-MM-dd HH:mm:ss Z' },
      ],
    });
  }
  const end = readAppleHealthDate(workout.end);
  const spanSeconds = end === null ? null : (Date.parse(end.time) - Date.parse(start.time)) / 1000;
  const elapsedSeconds =
    valueOrNull(workout.duration, NON_NEGATIVE) ??
    (spanSeconds !== null && spanSeconds >= 0 ? spanSeconds : null);

  let sport = mapSport(APPLE_HEALTH_SPORT_TYPES, workout.name);
  if (workout.isIndoor === true) sport = INDOOR[sport] ?? sport;

  const summary = workout.heartRate;
  const average = summary?.avg?.qty ?? summary?.Avg ?? workout.avgHeartRate?.qty ?? null;
  const maximum = summary?.max?.qty ?? summary?.Max ?? workout.maxHeartRate?.qty ?? null;
  const minimum = summary?.min?.qty ?? summary?.Min ?? null;

  const metrics: Metrics = {};
  const put = (key: string, value: number | string | boolean | null | undefined) => {
    if (value !== null && value !== undefined) metrics[key] = value;
  };
  put('heartRateMinBpm', heartRate(minimum));
  put(
    'temperatureCelsius',
    convertAppleHealthQuantity(workout.temperature?.qty, workout.temperature?.units, 'temperature'),
  );
  put(
    'humidityPercent',
    workout.humidity?.units === '%' ? valueOrNull(workout.humidity.qty) : null,
  );
  // Apple's intensity is in kcal/(hr·kg), which is METs (1 MET ≈ 1 kcal/kg/h).
  put(
    'intensityMet',
    workout.intensity?.units?.startsWith('kcal/') ? valueOrNull(workout.intensity.qty) : null,
  );
  put('location', workout.location);
  put('indoor', workout.isIndoor);

  return createActivity({
    provider: 'apple-health',
    externalId: workout.id,
    sport,
    providerSport: workout.name,
    name: workout.name.trim() === '' ? null : workout.name,
    startTime: start.time,
    utcOffsetMinutes: start.utcOffsetMinutes,
    elapsedSeconds,
    distanceMetres: quantity(workout.distance, 'length'),
    elevationGainMetres: quantity(workout.elevationUp, 'length'),
    energyKcal: energyOf(workout),
    heartRateAvgBpm: heartRate(average),
    heartRateMaxBpm: heartRate(maximum),
    steps: stepsOf(workout),
    metrics,
    device: workout.source ?? null,
    manual: null,
    ...(options.includeRaw === true ? { raw: workout } : {}),
  });
}
