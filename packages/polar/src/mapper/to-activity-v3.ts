import { type Activity, createActivity, type Metrics, mapSport, valueOrNull } from '@fitlink/core';
import type { PolarV3Exercise, PolarV3HashedExercise } from '../schemas/v3-exercise.js';
import { parsePolarIsoDuration } from './duration.js';
import type { PolarMapOptions } from './options.js';
import { POLAR_SPORT_TYPES } from './sport-type.js';
import { resolvePolarLocalTime } from './time.js';

const isTransactionExercise = (
  exercise: PolarV3Exercise | PolarV3HashedExercise,
): exercise is PolarV3Exercise => typeof exercise['start-time'] === 'string';

/**
 * Maps an AccessLink v3 exercise (a transaction's kebab-case summary or `/v3/exercises`'
 * snake_case one) to a normalized {@link @fitlink/core!Activity}: `start-time` is local wall
 * time without a zone, placed in UTC with `start-time-utc-offset` (minutes); the
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
  exercise: PolarV3Exercise | PolarV3HashedExercise,
  options: PolarMapOptions = {},
): Activity {
  // Transactions spell the summary in kebab-case, `/v3/exercises` in snake_case.
  const kebab = isTransactionExercise(exercise);
  const fields = isTransactionExercise(exercise)
    ? {
        start: exercise['start-time'],
        offset: exercise['start-time-utc-offset'],
        detailed: exercise['detailed-sport-info'],
        load: exercise['training-load'],
        heartRate: exercise['heart-rate'],
      }
    : {
        start: (exercise as PolarV3HashedExercise).start_time,
        offset: (exercise as PolarV3HashedExercise).start_time_utc_offset,
        detailed: (exercise as PolarV3HashedExercise).detailed_sport_info,
        load: (exercise as PolarV3HashedExercise).training_load,
        heartRate: (exercise as PolarV3HashedExercise).heart_rate,
      };
  const start = resolvePolarLocalTime(fields.start, {
    offsetMinutes: fields.offset,
    timeZone: options.timeZone,
    path: kebab ? 'start-time' : 'start_time',
  });
  const sportName = fields.detailed || exercise.sport || null;
  const metrics: Metrics = {};
  if (fields.load != null) metrics.trainingLoad = fields.load;
  if (exercise['running-index'] != null) metrics.runningIndex = exercise['running-index'];
  const energyKcal = valueOrNull(exercise.calories, { nonNegative: true });
  const heartRate = fields.heartRate;
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
