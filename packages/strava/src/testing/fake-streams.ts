import { sandboxWorkoutSamples } from '@fitlink/testing';
import type { StravaStreamKey, StravaStreamSet } from '../schemas/streams.js';
import type { StravaActivityZone } from '../schemas/zones.js';
import { HR_ZONES, isPerFoot, type StravaFakeActivity } from './fake-wire.js';

/**
 * Renders `GET /activities/{id}/zones`: heart-rate time in the athlete's zones, one second per
 * sample.
 *
 * @param activity - The fake activity.
 */
export function renderStravaActivityZones({ workout }: StravaFakeActivity): StravaActivityZone[] {
  const heartRate = sandboxWorkoutSamples(workout).heartRate;
  const buckets = HR_ZONES.map(([min, max]) => ({
    min,
    max,
    time: heartRate.filter((value) => value >= min && (max === -1 || value < max)).length,
  }));
  return [
    {
      score: Math.round(workout.elapsedSeconds / 60),
      distribution_buckets: buckets,
      type: 'heartrate',
      resource_state: 3,
      sensor_based: true,
      points: 0,
      custom_zones: false,
    },
  ];
}

type NumberStream = NonNullable<StravaStreamSet['time']>;

/**
 * Renders the `StreamSet` (`key_by_type=true`) for the recorded keys among `keys`.
 *
 * @param activity - The fake activity.
 * @param keys - The stream types asked for.
 */
export function renderStravaStreams(
  { workout }: StravaFakeActivity,
  keys: readonly StravaStreamKey[],
): StravaStreamSet {
  const samples = sandboxWorkoutSamples(workout);
  const meta = (length: number) => ({
    series_type: 'distance',
    original_size: length,
    resolution: 'high',
  });
  const stream = (data: readonly number[] | null): NumberStream | undefined =>
    data ? { data: [...data], ...meta(data.length) } : undefined;
  const cadence =
    samples.cadence && isPerFoot(workout.sport)
      ? samples.cadence.map((value) => Math.round(value / 2))
      : samples.cadence;
  const all: StravaStreamSet = {
    time: stream(samples.offsetSeconds),
    distance: stream(samples.distanceMeters ?? samples.offsetSeconds.map(() => 0)),
    latlng: samples.latLng
      ? { data: samples.latLng.map((pair) => [...pair]), ...meta(samples.latLng.length) }
      : undefined,
    altitude: stream(samples.altitude),
    velocity_smooth: stream(samples.speed),
    heartrate: stream(samples.heartRate),
    cadence: stream(cadence),
    watts: stream(samples.power),
  };
  const set: StravaStreamSet = {};
  // Strava always sends `distance` and `time`, whatever was asked, and omits unrecorded streams.
  for (const key of new Set<StravaStreamKey>(['time', 'distance', ...keys])) {
    // One key at a time: TypeScript cannot pair a union key with its own value type.
    if (all[key]) Object.assign(set, { [key]: all[key] });
  }
  return set;
}
