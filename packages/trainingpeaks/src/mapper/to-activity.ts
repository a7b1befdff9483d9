import {
  type Activity,
  createActivity,
  decimalHoursToSeconds,
  localToUtc,
  type MetricValue,
  mapSport,
  roundTo,
  ValidationError,
  valueOrNull,
} from '@fitlink/core';
import type { TrainingPeaksWorkout } from '../schemas/workout.js';
import { TRAININGPEAKS_SPORT_TYPES } from './sport-type.js';

/** Options of {@link mapTrainingPeaksWorkout}. */
export interface MapTrainingPeaksWorkoutOptions {
  /**
   * The athlete's IANA `TimeZone` (the profile's, or the client's `timeZone` setting). Required:
   * TrainingPeaks writes start times in local time without an offset, so there is no instant
   * without it. `null` (unknown) or a zone that does not resolve throws a `ValidationError`
   * rather than reading the local time as UTC (an instant hours off).
   */
  timeZone: string | null;
  /** Keep the payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

// TrainingPeaks' quantities are never negative; 0 is a value (a 0 km strength session).
const QUANTITY = { nonNegative: true } as const;

/**
 * Whether a workout was done (has an actual start or duration) rather than only planned.
 *
 * @param workout - A TrainingPeaks workout.
 */
export function isCompletedTrainingPeaksWorkout(workout: TrainingPeaksWorkout): boolean {
  return (
    typeof workout.StartTime === 'string' ||
    (typeof workout.TotalTime === 'number' && workout.TotalTime > 0)
  );
}

/**
 * Maps a TrainingPeaks workout to a normalized activity: local `StartTime` resolved in the
 * athlete's zone (required), `TotalTime` decimal hours → seconds as `elapsedSeconds` (one
 * duration, pauses not told apart: `movingSeconds` is `null`), metres kept, `Calories` (kcal,
 * TrainingPeaks' estimate: `energySource: 'provider'`) as energy, `Energy` (kJ of mechanical
 * work) as `workKilojoules`, and TSS/IF in `metrics`. Premium fields a basic athlete does not
 * get stay `null`.
 *
 * @param workout - The workout as TrainingPeaks sent it.
 * @param options - The athlete's time zone (required).
 * @throws {@link @fitlink/core!ValidationError} when the workout has no usable start or day,
 * or the time zone is unknown or does not resolve.
 * @example
 * ```ts
 * const activity = mapTrainingPeaksWorkout(workout, { timeZone: 'America/Denver' });
 * ```
 */
export function mapTrainingPeaksWorkout(
  workout: TrainingPeaksWorkout,
  options: MapTrainingPeaksWorkoutOptions,
): Activity {
  const timeZone = options?.timeZone ?? null;
  // Planned-only workouts have no StartTime: fall back to the planned start, then the day.
  const local = workout.StartTime ?? workout.StartTimePlanned ?? workout.WorkoutDay;
  const zoned = local && timeZone ? localToUtc(local, timeZone) : null;
  // A local time that reads (as UTC) but has no zone to be read in: the zone is the problem.
  if (local && !zoned && localToUtc(local, 'UTC') !== null) {
    throw new ValidationError(
      "TrainingPeaks workout: the athlete's time zone is needed to read its local start time",
      {
        provider: 'trainingpeaks',
        endpoint: 'workout',
        issues: [
          {
            code: 'custom',
            message:
              timeZone === null
                ? "expected the athlete's IANA time zone (client setting `timeZone`, or the profile with scope athlete:profile)"
                : 'expected an IANA time zone that resolves',
            path: ['timeZone'],
          },
        ],
      },
    );
  }
  const start = zoned ? { ...zoned, timeZone } : null;
  if (!start) {
    throw new ValidationError('TrainingPeaks workout has no usable StartTime or WorkoutDay', {
      provider: 'trainingpeaks',
      endpoint: 'workout',
      issues: [{ code: 'custom', message: 'expected a local date-time', path: ['StartTime'] }],
    });
  }
  const seconds = decimalHoursToSeconds(valueOrNull(workout.TotalTime, QUANTITY));
  const metrics: Record<string, MetricValue> = {};
  const put = (key: string, value: MetricValue | undefined) => {
    if (value !== undefined && value !== null) metrics[key] = value;
  };
  put('tss', workout.TssActual);
  put('intensityFactor', workout.IF);
  put('tssCalculationMethod', workout.TssCalculationMethod);
  put('heartRateMinBpm', workout.HeartRateMinimum);
  put('elevationLossMetres', workout.ElevationLoss);
  put('temperatureAvgCelsius', workout.TempAvg);
  put('cadenceMax', workout.CadenceMaximum);
  return createActivity({
    provider: 'trainingpeaks',
    externalId: String(workout.Id),
    sport: mapSport(TRAININGPEAKS_SPORT_TYPES, workout.WorkoutType),
    providerSport: workout.WorkoutType || null,
    name: workout.Title ?? null,
    startTime: start.startTime,
    utcOffsetMinutes: start.utcOffsetMinutes,
    timeZone: start.timeZone,
    // One duration, pauses not told apart: elapsed (the model's rule), moving unknown.
    elapsedSeconds: seconds === null ? null : roundTo(seconds, 3),
    movingSeconds: null,
    distanceMetres: valueOrNull(workout.Distance, QUANTITY),
    elevationGainMetres: valueOrNull(workout.ElevationGain, QUANTITY),
    energyKcal: valueOrNull(workout.Calories, QUANTITY),
    energySource: valueOrNull(workout.Calories, QUANTITY) === null ? null : 'provider',
    workKilojoules: valueOrNull(workout.Energy, QUANTITY),
    heartRateAvgBpm: valueOrNull(workout.HeartRateAverage, QUANTITY),
    heartRateMaxBpm: valueOrNull(workout.HeartRateMaximum, QUANTITY),
    powerAvgWatts: valueOrNull(workout.PowerAverage, QUANTITY),
    powerMaxWatts: valueOrNull(workout.PowerMaximum, QUANTITY),
    powerNormalizedWatts: valueOrNull(
      workout.NormalizedPower ?? workout.NormalizedPowerActual,
      QUANTITY,
    ),
    speedAvgMetresPerSecond: valueOrNull(workout.VelocityAverage, QUANTITY),
    speedMaxMetresPerSecond: valueOrNull(workout.VelocityMaximum, QUANTITY),
    cadenceAvg: valueOrNull(workout.CadenceAverage, QUANTITY),
    metrics,
    ...(options.includeRaw ? { raw: workout } : {}),
  });
}
