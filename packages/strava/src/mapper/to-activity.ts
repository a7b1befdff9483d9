import {
  type Activity,
  createActivity,
  isTimeZone,
  type Metrics,
  mapSport,
  measuredOrNull,
  offsetMinutesForZone,
  type Sport,
  valueOrNull,
} from '@fitlink/core';
import type { StravaDetailedActivity, StravaSummaryActivity } from '../schemas/activity.js';
import { stravaIdString } from '../schemas/common.js';
import {
  STRAVA_PER_FOOT_CADENCE_SPORTS,
  STRAVA_SPORT_TYPES,
  STRAVA_TRAINER_SPORTS,
} from './sport-type.js';

/** Options of {@link mapStravaActivity}. */
export interface MapStravaActivityOptions {
  /** Keep the payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

// Each answer of zoneOf per `timezone` as Strava writes it: an athlete's activities share a
// few. Bounded (emptied when full), because the text can be anything.
const MAX_REMEMBERED_ZONES = 256;
const zones = new Map<string, string | null>();

// "(GMT-08:00) America/Los_Angeles" → "America/Los_Angeles"; null when Intl does not know it.
function zoneOf(timezone: string | null | undefined): string | null {
  if (typeof timezone !== 'string') return null;
  const known = zones.get(timezone);
  if (known !== undefined) return known;
  const name = timezone.replace(/^\([^)]*\)\s*/, '').trim();
  const zone = name && isTimeZone(name) ? name : null;
  if (zones.size >= MAX_REMEMBERED_ZONES) zones.clear();
  zones.set(timezone, zone);
  return zone;
}

/**
 * The canonical sport of a Strava activity: `sport_type` (the deprecated `type` only when
 * `sport_type` is missing), refined by `trainer` (a `Ride` on a trainer is an `indoor_ride`).
 *
 * @param activity - A summary or detailed activity.
 */
export function mapStravaSport(
  activity: Pick<StravaSummaryActivity, 'sport_type' | 'type' | 'trainer'>,
): Sport {
  const sport = mapSport(STRAVA_SPORT_TYPES, activity.sport_type ?? activity.type);
  return (activity.trainer && STRAVA_TRAINER_SPORTS[sport]) || sport;
}

// Every quantity read here (time, distance, energy, heart rate, power…) is never negative.
const NON_NEGATIVE = { nonNegative: true } as const;

/**
 * Maps a Strava summary or detailed activity to the normalized {@link @fitlink/core!Activity}. The
 * start is `start_date` (UTC) with `utc_offset` (seconds) and the IANA zone read from `timezone`;
 * `start_date_local` is never parsed, because it is local time written with a `Z`. Energy is
 * `calories` when Strava computed it (`energySource: 'provider'`), else `kilojoules` of work
 * converted at 1 kJ ≈ 1 kcal (Strava's own rule, human efficiency being ~24%;
 * `energySource: 'work'`), else `null`; the work itself is `workKilojoules`. Durations:
 * `elapsed_time` is `elapsedSeconds` and `moving_time` is `movingSeconds` (Strava tells pauses
 * apart); with only a moving time, it is the elapsed time too. A `0` distance or speed is
 * Strava's way of saying "not measured" and maps to `null`. Run and walk cadence is doubled from
 * Strava's per-foot value. Heart rate only when `has_heartrate` is not false.
 *
 * @param activity - `SummaryActivity` or `DetailedActivity`, as parsed by the schemas.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result does not fit the model (a bad `start_date`).
 * @example
 * ```ts
 * const activity = mapStravaActivity(summary);
 * activity.id; // 'strava:154504250376823'
 * ```
 */
export function mapStravaActivity(
  activity: StravaSummaryActivity | StravaDetailedActivity,
  options: MapStravaActivityOptions = {},
): Activity {
  const sport = mapStravaSport(activity);
  const timeZone = zoneOf(activity.timezone);
  // createActivity normalizes the start (or reports it at its path when it does not parse).
  const startTime = activity.start_date;
  const utcOffsetMinutes =
    typeof activity.utc_offset === 'number'
      ? activity.utc_offset / 60
      : timeZone
        ? offsetMinutesForZone(timeZone, startTime)
        : null;
  const detailed = activity as StravaDetailedActivity;
  // Calories of 0 mean Strava did not compute them. Then Strava's own rule: kcal ≈ kJ of work
  // (~24% efficiency cancels 4.184 kJ per kcal).
  const calories = measuredOrNull(detailed.calories, NON_NEGATIVE);
  const workKilojoules = valueOrNull(activity.kilojoules, NON_NEGATIVE);
  const energyKcal = calories ?? workKilojoules;
  const energySource = calories !== null ? 'provider' : workKilojoules !== null ? 'work' : null;
  const movingSeconds = valueOrNull(activity.moving_time, NON_NEGATIVE);
  const hasHeartRate = activity.has_heartrate !== false;
  const cadence = valueOrNull(activity.average_cadence, NON_NEGATIVE);
  // Strava writes 0 for what was not measured (distance of a gym session, speed indoors).
  const distanceMetres = measuredOrNull(activity.distance, NON_NEGATIVE);
  const metrics: Metrics = {};
  if (typeof activity.suffer_score === 'number') metrics.relativeEffort = activity.suffer_score;
  if (typeof activity.workout_type === 'number') metrics.workoutType = activity.workout_type;
  if (typeof activity.device_watts === 'boolean') metrics.deviceWatts = activity.device_watts;
  return createActivity({
    provider: 'strava',
    externalId: stravaIdString(activity.id),
    sport,
    providerSport: activity.sport_type || activity.type || null,
    name: activity.name || null,
    startTime,
    utcOffsetMinutes,
    timeZone,
    elapsedSeconds: valueOrNull(activity.elapsed_time, NON_NEGATIVE) ?? movingSeconds,
    movingSeconds,
    distanceMetres,
    // 0 m climbed on a trainer or without a distance is "not measured", not a flat route.
    elevationGainMetres:
      activity.trainer || !distanceMetres
        ? measuredOrNull(activity.total_elevation_gain, NON_NEGATIVE)
        : valueOrNull(activity.total_elevation_gain, NON_NEGATIVE),
    energyKcal,
    energySource,
    workKilojoules,
    heartRateAvgBpm: hasHeartRate ? valueOrNull(activity.average_heartrate, NON_NEGATIVE) : null,
    heartRateMaxBpm: hasHeartRate ? valueOrNull(activity.max_heartrate, NON_NEGATIVE) : null,
    powerAvgWatts: valueOrNull(activity.average_watts, NON_NEGATIVE),
    powerMaxWatts: valueOrNull(activity.max_watts, NON_NEGATIVE),
    powerNormalizedWatts: valueOrNull(activity.weighted_average_watts, NON_NEGATIVE),
    speedAvgMetresPerSecond: measuredOrNull(activity.average_speed, NON_NEGATIVE),
    speedMaxMetresPerSecond: measuredOrNull(activity.max_speed, NON_NEGATIVE),
    cadenceAvg:
      cadence !== null && STRAVA_PER_FOOT_CADENCE_SPORTS.has(sport) ? cadence * 2 : cadence,
    metrics,
    device: detailed.device_name || null,
    manual: typeof activity.manual === 'boolean' ? activity.manual : null,
    raw: options.includeRaw ? activity : undefined,
  });
}
