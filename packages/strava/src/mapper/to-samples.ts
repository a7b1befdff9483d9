import { createSamples, recordId, type Samples, ValidationError } from '@fitlink/core';
import type { StravaId } from '../schemas/common.js';
import { stravaIdString } from '../schemas/common.js';
import type { StravaStreamSet } from '../schemas/streams.js';
import { STRAVA_PER_FOOT_CADENCE_SPORTS } from './sport-type.js';
import { mapStravaSport } from './to-activity.js';

/** The activity fields {@link mapStravaStreams} needs: its id, start and sport. */
export interface StravaStreamsActivity {
  /** Activity id. */
  id: StravaId;
  /** Start, ISO 8601 UTC. */
  start_date: string;
  /** Sport, to know whether cadence is per foot. */
  sport_type?: string | null | undefined;
  /** Deprecated type, used when `sport_type` is missing. */
  type?: string | null | undefined;
  /** Trainer flag. */
  trainer?: boolean | null | undefined;
}

const pairOrNull = (value: readonly number[] | null | undefined): [number, number] | null => {
  const [lat, lng] = value ?? [];
  return typeof lat === 'number' && typeof lng === 'number' ? [lat, lng] : null;
};

/**
 * Maps a Strava `StreamSet` (`key_by_type=true`) to normalized {@link @fitlink/core!Samples}:
 * `time` gives the offsets (sample indexes as seconds when Strava sent no `time` stream),
 * `heartrate`, `watts`, `cadence` (doubled for runs and walks, per foot on Strava),
 * `velocity_smooth`, `altitude`, `distance`, `latlng` and `temp` the series. `moving` and
 * `grade_smooth` have no normalized series and are dropped.
 *
 * @param streams - The stream set.
 * @param activity - The activity the streams belong to.
 * @throws ValidationError (endpoint `samples`) when series lengths disagree, or the time stream
 * has a `null`.
 * @example
 * ```ts
 * const samples = mapStravaStreams(await client.activities.streams(id), activity);
 * ```
 */
export function mapStravaStreams(
  streams: StravaStreamSet,
  activity: StravaStreamsActivity,
): Samples {
  const length = Math.max(
    0,
    ...Object.values(streams).map((stream) =>
      Array.isArray((stream as { data?: unknown[] } | undefined)?.data)
        ? (stream as { data: unknown[] }).data.length
        : 0,
    ),
  );
  // A gap in the time stream cannot be filled: any offset put there would be a guess.
  const gap = streams.time?.data.indexOf(null) ?? -1;
  if (gap >= 0) {
    throw new ValidationError('Strava time stream has a sample without a time', {
      provider: 'strava',
      endpoint: 'samples',
      issues: [{ code: 'custom', path: ['time', 'data', gap], message: 'expected seconds' }],
    });
  }
  const offsetsSeconds =
    streams.time?.data.filter((value): value is number => value !== null) ??
    Array.from({ length }, (_, index) => index);
  const perFoot = STRAVA_PER_FOOT_CADENCE_SPORTS.has(mapStravaSport(activity));
  const cadence = streams.cadence?.data.map((value) =>
    value === null ? null : perFoot ? value * 2 : value,
  );
  return createSamples({
    activityId: recordId('strava', stravaIdString(activity.id)),
    provider: 'strava',
    startTime: activity.start_date,
    series: {
      offsetsSeconds,
      heartRateBpm: streams.heartrate?.data,
      powerWatts: streams.watts?.data,
      cadence,
      speedMetresPerSecond: streams.velocity_smooth?.data,
      altitudeMetres: streams.altitude?.data,
      distanceMetres: streams.distance?.data,
      latlng: streams.latlng?.data.map(pairOrNull),
      temperatureCelsius: streams.temp?.data,
    },
  });
}
