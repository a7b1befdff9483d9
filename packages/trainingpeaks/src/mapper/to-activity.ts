import {
  type Activity,
  createActivity,
  decimalHoursToSeconds,
  type MetricValue,
  mapSport,
  roundTo,
  ValidationError,
  valueOrNull,
} from '@fitlink/core';
import type { TrainingPeaksWorkout } from '../schemas/workout.js';
import { resolveLocalTime } from './local-time.js';
import { TRAININGPEAKS_SPORT_TYPES } from './sport-type.js';

/** Options of {@link mapTrainingPeaksWorkout}. */
export interface MapTrainingPeaksWorkoutOptions {
  /** The athlete's IANA `TimeZone` (from the profile); without it local times are read as UTC. */
  timeZone?: string | null | undefined;
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
 * athlete's zone, `TotalTime` decimal hours → seconds, metres kept, `Calories` (kcal) as
 * energy, `Energy` (kJ of work) and TSS/IF in `metrics`. Premium fields a basic athlete does
 * not get stay `null`.
 *
 * @param workout - The workout as TrainingPeaks sent it.
 * @param options - The athlete's time zone.
 * @throws {@link @fitlink/core!ValidationError} when the workout has no usable start or day.
 * @example
 * ```ts
 * const activity = mapTrainingPeaksWorkout(workout, { timeZone: 'America/Denver' });
 * ```
 */
export function mapTrainingPeaksWorkout(
  workout: TrainingPeaksWorkout,
  options: MapTrainingPeaksWorkoutOptions = {},
): Activity {
  // Planned-only workouts have no StartTime: fall back to the planned start, then the day.
  const local = workout.StartTime ?? workout.StartTimePlanned ?? workout.WorkoutDay;
  const start = local ? resolveLocalTime(local, options.timeZone) : null;
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
  put('workKilojoules', workout.Energy);
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
    elapsedSeconds: seconds === null ? null : roundTo(seconds, 3),
    // TrainingPeaks reports one duration; it does not say whether pauses are in it.
    movingSeconds: null,
    distanceMetres: valueOrNull(workout.Distance, QUANTITY),
    elevationGainMetres: valueOrNull(workout.ElevationGain, QUANTITY),
    energyKcal: valueOrNull(workout.Calories, QUANTITY),
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
