import {
  type Activity,
  createActivity,
  type Metrics,
  mapSport,
  measuredOrNull,
  type Sport,
  valueOrNull,
} from '@fitlink/core';
import type { CorosActivity, CorosActivityPart } from '../schemas/activity.js';
import { COROS_MULTISPORT_MODE, COROS_SPORT_TYPES } from './sport-type.js';
import { type CorosTimeUnit, corosInstantMs, corosOffsetMinutes } from './time.js';

/** Options of {@link mapCorosActivity}. */
export interface MapCorosActivityOptions {
  /** Keep the COROS payload in `raw`. @defaultValue false */
  includeRaw?: boolean;
  /**
   * How `startTime`/`endTime` are read (COROS does not say publicly; see `corosInstantMs`).
   * @defaultValue 'auto'
   */
  timeUnit?: CorosTimeUnit;
  /**
   * The unit of `calorie`: kilocalories, or calories (divided by 1000), should COROS send those.
   * **Unconfirmed**: the integrations read treat it as kilocalories.
   * @defaultValue 'kcal'
   */
  calorieUnit?: 'kcal' | 'cal';
}

/** One leg of a multisport activity, with its sport. */
export interface CorosMultisportPart {
  /** 0-based position of the leg. */
  readonly index: number;
  /** The leg's sport. */
  readonly sport: Sport;
  /** COROS' code of the leg (`"10:2"`). */
  readonly providerSport: string;
  /** Signed, expiring URL of the leg's FIT file, when sent. */
  readonly fitUrl: string | null;
  /** Distance of the leg in metres, when sent. */
  readonly distanceMetres: number | null;
  /** Duration of the leg in seconds, when sent. */
  readonly elapsedSeconds: number | null;
}

/** COROS' code of a sport: `"8:1"`, or `"8"` without a sub-mode. */
function code(mode: number, subMode: number | null | undefined): string {
  return subMode === null || subMode === undefined ? String(mode) : `${mode}:${subMode}`;
}

/**
 * The sport of a COROS mode and sub-mode, through {@link COROS_SPORT_TYPES}: the sub-mode's
 * entry, else the mode's, else `other`.
 *
 * @example
 * ```ts
 * corosSport(8, 2); // 'treadmill_run'
 * ```
 */
export function corosSport(mode: number, subMode?: number | null): Sport {
  const specific =
    subMode === null || subMode === undefined
      ? 'other'
      : mapSport(COROS_SPORT_TYPES, `mode${mode}sub${subMode}`);
  return specific !== 'other' ? specific : mapSport(COROS_SPORT_TYPES, `mode${mode}`);
}

/**
 * The legs of a multisport activity (`mode` 13, `triathlonItemList`) with their sports, in
 * order; `[]` for any other activity.
 *
 * @param activity - The COROS workout.
 * @example
 * ```ts
 * corosMultisportParts(workout).map((part) => part.sport); // ['open_water_swim', 'ride', 'run']
 * ```
 */
export function corosMultisportParts(activity: CorosActivity): CorosMultisportPart[] {
  const parts: readonly CorosActivityPart[] = activity.triathlonItemList ?? [];
  return parts.map((part, index) => ({
    index,
    sport: corosSport(part.mode, part.subMode),
    providerSport: code(part.mode, part.subMode),
    fitUrl: part.fitUrl || null,
    distanceMetres: measuredOrNull(part.distance, { nonNegative: true }),
    elapsedSeconds: measuredOrNull(part.duration, { nonNegative: true }),
  }));
}

/**
 * Maps a COROS workout (a `sport/list` item or a pushed `sportDataList` record) to a normalized
 * activity: `labelId` as the external id (exact, as a string), the sport from mode and sub-mode,
 * the offset from `startTimezone` (15-minute units), distance in metres, duration in seconds
 * (else end minus start), energy, average heart rate, steps and the watch. A multisport
 * activity stays one activity (sport `triathlon` or `multisport`) whose legs are listed in
 * `metrics.multisportParts` (`"10:2,9:1,8:1"`); {@link corosMultisportParts} gives them typed.
 *
 * @param activity - The COROS workout, validated with `corosActivitySchema`.
 * @param options - Raw payload, time and calorie units.
 * @throws {@link @fitlink/core!ValidationError} when a value cannot be normalized (a start that is no instant, a negative duration …).
 * @example
 * ```ts
 * const activity = mapCorosActivity(corosActivitySchema.parse(pushed));
 * activity.id; // 'coros:461734982359384066'
 * ```
 */
export function mapCorosActivity(
  activity: CorosActivity,
  options: MapCorosActivityOptions = {},
): Activity {
  const unit = options.timeUnit ?? 'auto';
  const startMs = corosInstantMs(activity.startTime, unit);
  const endMs =
    typeof activity.endTime === 'number' ? corosInstantMs(activity.endTime, unit) : null;
  // `duration` is COROS' own figure; end minus start is the fallback (pauses included either way).
  const elapsed =
    valueOrNull(activity.duration, { nonNegative: true }) ??
    (endMs !== null && endMs >= startMs ? (endMs - startMs) / 1000 : null);
  const calorie = measuredOrNull(activity.calorie, { nonNegative: true });
  const metrics: Metrics = { corosMode: activity.mode };
  if (typeof activity.subMode === 'number') metrics.corosSubMode = activity.subMode;
  if (activity.planWorkoutId !== null && activity.planWorkoutId !== undefined) {
    metrics.planWorkoutId = String(activity.planWorkoutId);
  }
  const parts = activity.mode === COROS_MULTISPORT_MODE ? corosMultisportParts(activity) : [];
  if (parts.length > 0) {
    metrics.multisportParts = parts.map((part) => part.providerSport).join(',');
  }
  return createActivity({
    provider: 'coros',
    externalId: activity.labelId,
    sport: corosSport(activity.mode, activity.subMode),
    providerSport: code(activity.mode, activity.subMode),
    startTime: startMs,
    utcOffsetMinutes: corosOffsetMinutes(activity.startTimezone),
    elapsedSeconds: elapsed,
    // 0 m is "no distance" (a strength session), not a measured nothing.
    distanceMetres: measuredOrNull(activity.distance, { nonNegative: true }),
    energyKcal: calorie === null ? null : options.calorieUnit === 'cal' ? calorie / 1000 : calorie,
    heartRateAvgBpm: measuredOrNull(activity.avgHeartRate),
    steps: measuredOrNull(activity.step, { nonNegative: true }),
    device: activity.deviceName || null,
    metrics,
    ...(options.includeRaw ? { raw: activity } : {}),
  });
}
