import {
  type Activity,
  createActivity,
  kilometresToMetres,
  kphToMetresPerSecond,
  type Metrics,
  mapSport,
  valueOrNull,
} from '@fitlink/core';
import type { SmashrunActivitySummary } from '../schemas/activity.js';
import { SMASHRUN_SPORT_TYPES } from './sport-type.js';
import { readSmashrunStart } from './start-time.js';

/** Options of {@link mapSmashrunActivity}. */
export interface MapSmashrunActivityOptions {
  /** Keep the SmashRun payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const text = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value;
// A 0 is a value here (kept); a negative distance, time, energy or heart rate is unusable.
const NON_NEGATIVE = { nonNegative: true } as const;

/**
 * Maps a SmashRun run (summary or extended style) to a normalized {@link @fitlink/core!Activity}: kilometres
 * to metres, `startDateTimeLocal` to UTC with its offset kept, `0`/`1` flags to booleans,
 * treadmill runs to `treadmill_run`, and weather, feel and flags into `metrics`.
 * SmashRun reports one duration (`duration`) and does not tell pauses apart, so by the model's
 * rule it is `elapsedSeconds` and `movingSeconds` stays `null`. `calories` is SmashRun's
 * estimate of energy expended (`energySource: 'provider'`).
 *
 * @param activity - A run as SmashRun sends it.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result is invalid (an unreadable start time …).
 *
 * @example
 * ```ts
 * import { mapSmashrunActivity } from '@fitlink/smashrun';
 * const activity = mapSmashrunActivity({ activityId: 1, activityType: 'running', distance: 5,
 *   duration: 1500, startDateTimeLocal: '2026-10-01T06:30:00-06:00' });
 * activity.distanceMetres; // 5000
 * ```
 */
export function mapSmashrunActivity(
  activity: SmashrunActivitySummary,
  options: MapSmashrunActivityOptions = {},
): Activity {
  const start = readSmashrunStart(activity.startDateTimeLocal);
  const treadmill = activity.isTreadmill === 1 || activity.terrain === 'treadmill';
  const sport = mapSport(SMASHRUN_SPORT_TYPES, activity.activityType);
  const distanceMetres = kilometresToMetres(valueOrNull(activity.distance, NON_NEGATIVE));
  const seconds = valueOrNull(activity.duration, NON_NEGATIVE);
  const metrics: Metrics = {};
  const put = (key: string, value: string | number | boolean | null | undefined) => {
    if (value !== undefined && value !== null && value !== '' && value !== 'none')
      metrics[key] = value;
  };
  put('heartRateMinBpm', activity.heartRateMin);
  put('cadenceMax', activity.cadenceMax);
  put('cadenceMin', activity.cadenceMin);
  put('temperatureCelsius', activity.temperature);
  put('temperatureApparentCelsius', activity.temperatureApparent);
  put('temperatureWindChillCelsius', activity.temperatureWindChill);
  put('humidityPercent', activity.humidity);
  put('windSpeedMetresPerSecond', kphToMetresPerSecond(activity.windSpeed));
  put('weatherType', activity.weatherType);
  put('howFelt', activity.howFelt);
  put('terrain', activity.terrain);
  put('source', activity.source);
  put('notes', text(activity.notes));
  put('sourceExternalId', text(activity.externalId));
  if (activity.isRace !== undefined && activity.isRace !== null) put('race', activity.isRace === 1);
  if (activity.isBadHR === 1) put('heartRateUnreliable', true);
  if (activity.isBadElevation === 1) put('elevationUnreliable', true);

  return createActivity({
    provider: 'smashrun',
    externalId: String(activity.activityId),
    // SmashRun only has runs; a treadmill flag turns a run into a treadmill run.
    sport: treadmill && sport === 'run' ? 'treadmill_run' : sport,
    providerSport: text(activity.activityType),
    // SmashRun runs have no title; the user's notes go to metrics.notes.
    name: null,
    startTime: start.startTime ?? activity.startDateTimeLocal,
    utcOffsetMinutes: start.utcOffsetMinutes,
    // One duration, pauses not told apart: elapsed (the model's rule), moving unknown.
    elapsedSeconds: seconds,
    movingSeconds: null,
    distanceMetres,
    energyKcal: valueOrNull(activity.calories, NON_NEGATIVE),
    energySource: valueOrNull(activity.calories, NON_NEGATIVE) === null ? null : 'provider',
    heartRateAvgBpm: valueOrNull(activity.heartRateAverage, NON_NEGATIVE),
    heartRateMaxBpm: valueOrNull(activity.heartRateMax, NON_NEGATIVE),
    speedAvgMetresPerSecond:
      distanceMetres !== null && seconds
        ? Math.round((distanceMetres / seconds) * 1000) / 1000
        : null,
    cadenceAvg: valueOrNull(activity.cadenceAverage, NON_NEGATIVE),
    metrics,
    device: text(activity.deviceType),
    manual:
      activity.source === undefined || activity.source === null
        ? null
        : activity.source === 'manual',
    ...(options.includeRaw ? { raw: activity } : {}),
  });
}
