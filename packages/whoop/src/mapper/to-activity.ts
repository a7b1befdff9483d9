import {
  type Activity,
  createActivity,
  kilojoulesToKilocalories,
  type Metrics,
  mapSport,
  millisecondsToSeconds,
  roundTo,
} from '@fitlink/core';
import type { WhoopWorkout } from '../schemas/workout.js';
import { WHOOP_SPORT_TYPES } from './sport-type.js';
import { offsetMinutes, secondsBetween } from './time.js';

const zoneSeconds = (milli: number): number => millisecondsToSeconds(milli) ?? 0;

/** Options of the WHOOP mappers. */
export interface WhoopMapOptions {
  /** Keep the WHOOP payload as the normalized record's `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * Maps a WHOOP workout to a normalized {@link @fitlink/core!Activity}: the sport from `sport_name`, energy
 * from kilojoules to kilocalories (WHOOP's kJ are energy expended, its own estimate:
 * `energySource: 'provider'`, converted by unit), elapsed time from `start` to `end` (WHOOP does
 * not tell pauses apart: `movingSeconds` is `null`), heart rate, distance and climb when scored, and WHOOP's
 * strain, recorded share and heart-rate zone seconds (zones 0–5) in `metrics`. A workout that
 * is not `SCORED` has no score: those fields are `null`.
 *
 * @param workout - A workout from `GET /v2/activity/workout`.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result breaks the model (an unreadable `start` …).
 * @example
 * ```ts
 * import { mapWhoopWorkout, type WhoopWorkout } from '@fitlink/whoop';
 *
 * declare const workout: WhoopWorkout;
 * const activity = mapWhoopWorkout(workout);
 * ```
 */
export function mapWhoopWorkout(workout: WhoopWorkout, options: WhoopMapOptions = {}): Activity {
  const score = workout.score_state === 'SCORED' ? workout.score : undefined;
  const metrics: Metrics = { scoreState: workout.score_state };
  if (score) {
    metrics.strain = score.strain;
    if (score.percent_recorded != null) metrics.percentRecorded = score.percent_recorded;
    if (score.altitude_change_meter != null)
      metrics.altitudeChangeMetres = score.altitude_change_meter;
    const zones = score.zone_durations;
    if (zones) {
      metrics.hrZoneSeconds = [
        zoneSeconds(zones.zone_zero_milli),
        zoneSeconds(zones.zone_one_milli),
        zoneSeconds(zones.zone_two_milli),
        zoneSeconds(zones.zone_three_milli),
        zoneSeconds(zones.zone_four_milli),
        zoneSeconds(zones.zone_five_milli),
      ];
    }
  }
  const energyKcal = roundTo(kilojoulesToKilocalories(score?.kilojoule), 1);
  return createActivity({
    provider: 'whoop',
    externalId: workout.id,
    sport: mapSport(WHOOP_SPORT_TYPES, workout.sport_name),
    providerSport: workout.sport_name || null,
    name: null,
    startTime: workout.start,
    utcOffsetMinutes: offsetMinutes(workout.timezone_offset),
    elapsedSeconds: secondsBetween(workout.start, workout.end),
    movingSeconds: null,
    distanceMetres: score?.distance_meter ?? null,
    elevationGainMetres: score?.altitude_gain_meter ?? null,
    energyKcal,
    energySource: energyKcal === null ? null : 'provider',
    heartRateAvgBpm: score?.average_heart_rate ?? null,
    heartRateMaxBpm: score?.max_heart_rate ?? null,
    metrics,
    raw: options.includeRaw ? workout : undefined,
  });
}
