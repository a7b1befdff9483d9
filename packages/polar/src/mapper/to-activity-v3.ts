import { type Activity, createActivity, type Metrics, mapSport, valueOrNull } from '@fitlink/core';
import type { PolarV3Exercise } from '../schemas/v3-exercise.js';
import { parsePolarIsoDuration } from './duration.js';
import type { PolarMapOptions } from './options.js';
import { POLAR_SPORT_TYPES } from './sport-type.js';
import { resolvePolarLocalTime } from './time.js';

/**
 * Maps an AccessLink v3 exercise to a normalized {@link @fitlink/core!Activity}: `start-time`
 * is local wall time without a zone, placed in UTC with `start-time-utc-offset` (minutes); the
 * ISO 8601 `duration` (`PT2H44M45S`) becomes elapsed seconds; the sport is
 * `detailed-sport-info` when set, else `sport`, through {@link POLAR_SPORT_TYPES}.
 *
 * @param exercise - An exercise from `GET /v3/exercises` or an exercise transaction.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapPolarV3Exercise, type PolarV3Exercise } from '@fitlink/polar';
 *
 * declare const exercise: PolarV3Exercise;
 * const activity = mapPolarV3Exercise(exercise);
 * ```
 */
export function mapPolarV3Exercise(
  exercise: PolarV3Exercise,
  options: PolarMapOptions = {},
): Activity {
  const start = resolvePolarLocalTime(exercise['start-time'], {
    offsetMinutes: exercise['start-time-utc-offset'],
    timeZone: options.timeZone,
    path: 'start-time',
  });
  const sportName = exercise['detailed-sport-info'] || exercise.sport || null;
  const metrics: Metrics = {};
  if (exercise['training-load'] != null) metrics.trainingLoad = exercise['training-load'];
  if (exercise['running-index'] != null) metrics.runningIndex = exercise['running-index'];
  const energyKcal = valueOrNull(exercise.calories, { nonNegative: true });
  const heartRate = exercise['heart-rate'];
  return createActivity({
    provider: 'polar',
    externalId: String(exercise.id),
    sport: mapSport(POLAR_SPORT_TYPES, sportName),
    providerSport: sportName,
    name: null,
    startTime: start.utc,
    utcOffsetMinutes: start.offsetMinutes,
    elapsedSeconds: parsePolarIsoDuration(exercise.duration),
    movingSeconds: null,
    // v3 reports 0 m for sessions without distance: not measured.
    distanceMetres: exercise.distance ? valueOrNull(exercise.distance) : null,
    energyKcal,
    energySource: energyKcal === null ? null : 'provider',
    heartRateAvgBpm: heartRate?.average || null,
    heartRateMaxBpm: heartRate?.maximum || null,
    device: exercise.device ?? null,
    metrics,
    ...(options.includeRaw ? { raw: exercise } : {}),
  });
}
