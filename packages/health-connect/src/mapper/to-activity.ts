import { type Activity, createActivity, mapSport, measuredOrNull } from '@fitlink/core';
import type {
  HealthConnectWebhookCalories,
  HealthConnectWebhookExercise,
  HealthConnectWebhookHeartRate,
} from '../schemas/webhook.js';
import { epochMs, utcIso } from './instant.js';
import { HEALTH_CONNECT_SPORT_TYPES, healthConnectExerciseTypeName } from './sport-type.js';

/** Options of {@link mapHealthConnectExercise}. */
export interface MapHealthConnectExerciseOptions {
  /**
   * Heart-rate samples of the same batch: those inside the session give its average and
   * highest heart rate (the exercise record carries none).
   * @defaultValue none: heart rate `null`
   */
  heartRate?: readonly HealthConnectWebhookHeartRate[] | undefined;
  /**
   * Active energy intervals of the same batch: those wholly inside the session are summed into
   * its energy.
   * @defaultValue none: energy `null`
   */
  activeCalories?: readonly HealthConnectWebhookCalories[] | undefined;
  /** Keep the exporter's record in `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * The external id of an exercise session: Health Connect's record id when the exporter sends
 * it, else the start (epoch ms) and the type, which stay the same when the app re-sends it.
 *
 * @param exercise - The exercise record.
 */
export function healthConnectExerciseId(exercise: HealthConnectWebhookExercise): string {
  const id = exercise.metadata?.id;
  if (typeof id === 'string' && id !== '') return id;
  return `${epochMs(exercise.start_time)}-${healthConnectExerciseTypeName(exercise.type)}`;
}

/**
 * Maps an exercise session to a normalized activity. Health Connect exporters send UTC
 * instants only, so `utcOffsetMinutes` and `timeZone` are `null` (never guessed); the
 * exercise type (`"56"` or `"running"`) maps through {@link HEALTH_CONNECT_SPORT_TYPES}.
 *
 * @param exercise - One `exercise` record, validated.
 * @param options - Heart-rate and energy records of the same batch, `includeRaw`.
 * @throws ValidationError when the record gives an impossible activity.
 * @example
 * ```ts
 * const activity = mapHealthConnectExercise({
 *   type: '56', start_time: '2026-05-09T06:00:00Z', end_time: '2026-05-09T06:45:00Z',
 *   duration_seconds: 2700, distance_meters: 8400,
 * });
 * activity.sport; // 'run'
 * ```
 */
export function mapHealthConnectExercise(
  exercise: HealthConnectWebhookExercise,
  options: MapHealthConnectExerciseOptions = {},
): Activity {
  const startMs = epochMs(exercise.start_time);
  const endMs = epochMs(exercise.end_time);
  const typeName = healthConnectExerciseTypeName(exercise.type);
  const inside = (ms: number) => ms >= startMs && ms <= endMs;
  const bpm = (options.heartRate ?? [])
    .filter((sample) => inside(epochMs(sample.time)))
    .map((sample) => sample.bpm)
    .filter((value) => value > 0);
  const energy = (options.activeCalories ?? []).filter(
    (interval) => inside(epochMs(interval.start_time)) && inside(epochMs(interval.end_time)),
  );
  // duration_seconds is the session's end minus start (pauses included); derive it when absent.
  const elapsed = exercise.duration_seconds ?? (endMs - startMs) / 1000;
  return createActivity({
    provider: 'health-connect',
    externalId: healthConnectExerciseId(exercise),
    sport: mapSport(HEALTH_CONNECT_SPORT_TYPES, typeName),
    providerSport: typeName,
    name: exercise.title ?? null,
    startTime: utcIso(exercise.start_time, ['start_time']),
    // The export has instants in UTC only: the offset stays unknown rather than invented.
    utcOffsetMinutes: null,
    timeZone: null,
    elapsedSeconds: elapsed,
    distanceMetres: measuredOrNull(exercise.distance_meters, { nonNegative: true }),
    steps: measuredOrNull(exercise.steps, { nonNegative: true }),
    cadenceAvg: measuredOrNull(exercise.avg_cadence_spm, { nonNegative: true }),
    speedAvgMetresPerSecond:
      exercise.distance_meters && elapsed > 0 ? exercise.distance_meters / elapsed : null,
    energyKcal:
      energy.length > 0 ? energy.reduce((sum, interval) => sum + interval.calories, 0) : null,
    heartRateAvgBpm:
      bpm.length > 0 ? Math.round(bpm.reduce((sum, value) => sum + value, 0) / bpm.length) : null,
    heartRateMaxBpm: bpm.length > 0 ? Math.max(...bpm) : null,
    metrics: {
      ...(exercise.max_cadence_spm != null ? { cadenceMax: exercise.max_cadence_spm } : {}),
      ...(exercise.stride_length_m != null ? { strideLengthMetres: exercise.stride_length_m } : {}),
    },
    ...(options.includeRaw ? { raw: exercise } : {}),
  });
}
