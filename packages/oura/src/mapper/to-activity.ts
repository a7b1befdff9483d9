import {
  type Activity,
  createActivity,
  mapSport,
  validatePayload,
  valueOrNull,
} from '@fitlink/core';
import { type OuraWorkout, ouraWorkoutSchema } from '../schemas/workout.js';
import { OURA_SPORT_TYPES } from './sport-type.js';
import { ouraOffsetMinutes, secondsBetween } from './time.js';

/** Options of {@link mapOuraWorkout}. */
export interface OuraWorkoutMapOptions {
  /** Keep the Oura payload in `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * Maps an Oura workout to a normalized activity: the sport through {@link OURA_SPORT_TYPES},
 * start in UTC with the user's offset kept, elapsed time from start to end, distance (m) and
 * energy (kcal, Oura's own estimate) as given, `null` where Oura has none; intensity, source and
 * the local `day` in `metrics`. A `manual` source is a manual entry.
 *
 * @param payload - A workout document (validated here).
 * @param options - Mapper options.
 * @throws {@link @fitlink/core!ValidationError} when the payload or the result is invalid.
 * @example
 * ```ts
 * const activity = mapOuraWorkout(workout);
 * console.log(activity.sport, activity.energyKcal);
 * ```
 */
export function mapOuraWorkout(
  payload: OuraWorkout,
  options: OuraWorkoutMapOptions = {},
): Activity {
  const workout = validatePayload(ouraWorkoutSchema, payload, {
    provider: 'oura',
    endpoint: 'workout',
  });
  const energy = valueOrNull(workout.calories, { nonNegative: true });
  return createActivity({
    provider: 'oura',
    externalId: workout.id,
    sport: mapSport(OURA_SPORT_TYPES, workout.activity),
    providerSport: workout.activity,
    name: workout.label ?? null,
    startTime: workout.start_datetime,
    utcOffsetMinutes: ouraOffsetMinutes(workout.start_datetime),
    elapsedSeconds: secondsBetween(workout.start_datetime, workout.end_datetime),
    distanceMetres: valueOrNull(workout.distance, { nonNegative: true }),
    energyKcal: energy,
    energySource: energy === null ? null : 'provider',
    manual: workout.source ? workout.source === 'manual' : null,
    metrics: {
      day: workout.day,
      ...(workout.intensity ? { intensity: workout.intensity } : {}),
      ...(workout.source ? { source: workout.source } : {}),
    },
    ...(options.includeRaw ? { raw: workout } : {}),
  });
}
