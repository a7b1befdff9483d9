import {
  createSamples,
  kilometresToMetres,
  kphToMetresPerSecond,
  recordId,
  type Samples,
  ValidationError,
} from '@fitlink/core';
import type { SmashrunActivity } from '../schemas/activity.js';
import { readSmashrunStart } from './start-time.js';

type Series = (number | null)[];

// SmashRun writes -1 where a sensor had no value.
const MISSING = -1;
const present = (value: number | null | undefined): number | null =>
  value === undefined || value === null || value === MISSING ? null : value;

/**
 * Maps an extended SmashRun activity's recording (`recordingKeys` + parallel
 * `recordingValues`) to normalized {@link @fitlink/core!Samples}: `clock` → offsets in seconds, cumulative
 * `distance` km → metres, `latitude`/`longitude` → `latlng`, `elevation` → altitude (m),
 * `heartRate`, `cadence`, `power`, `speed` km/h → m/s and `temperature` °C. `-1` becomes `null`.
 *
 * @param activity - An activity from `activities.get(id)`.
 * @returns The samples, or `null` when the run has no recording (a manual run) or no `clock`.
 * @throws ValidationError when a series does not have one value per sample, or a sample has no
 * clock value.
 *
 * @example
 * ```ts
 * import { mapSmashrunSamples } from '@fitlink/smashrun';
 * const samples = mapSmashrunSamples({ activityId: 7, activityType: 'running', distance: 0.01,
 *   duration: 2, startDateTimeLocal: '2026-10-01T06:30:00-06:00',
 *   recordingKeys: ['clock', 'heartRate'], recordingValues: [[0, 1, 2], [120, -1, 122]] });
 * samples?.series.heartRateBpm; // [120, null, 122]
 * ```
 */
export function mapSmashrunSamples(activity: SmashrunActivity): Samples | null {
  const keys = activity.recordingKeys ?? [];
  const values = activity.recordingValues ?? [];
  const series = (key: string): Series | undefined => {
    const index = keys.indexOf(key);
    const found = index < 0 ? undefined : values[index];
    return found === undefined ? undefined : found.map(present);
  };
  const clock = series('clock');
  if (!clock || clock.length === 0) return null;
  // A clock gap is impossible in a recording: any offset put there would be a guess.
  const offsets = clock.filter((value): value is number => value !== null);
  if (offsets.length < clock.length) {
    const gap = clock.indexOf(null);
    throw new ValidationError('SmashRun recording has a sample without a clock value', {
      provider: 'smashrun',
      endpoint: 'samples',
      issues: [
        {
          code: 'custom',
          path: ['recordingValues', keys.indexOf('clock'), gap],
          message: 'expected seconds from the start, not null or -1',
        },
      ],
    });
  }
  const convert = (input: Series | undefined, unit: (value: number) => number | null) =>
    input?.map((value) => (value === null ? null : unit(value)));

  const latitude = series('latitude');
  const longitude = series('longitude');
  const latlng =
    latitude && longitude
      ? latitude.map((lat, i) => {
          const lng = longitude[i];
          return lat === null || lng === null || lng === undefined
            ? null
            : ([lat, lng] as [number, number]);
        })
      : undefined;
  const start = readSmashrunStart(activity.startDateTimeLocal);
  return createSamples({
    activityId: recordId('smashrun', String(activity.activityId)),
    provider: 'smashrun',
    startTime: start.startTime ?? activity.startDateTimeLocal,
    series: {
      offsetsSeconds: offsets,
      heartRateBpm: series('heartRate'),
      cadence: series('cadence'),
      powerWatts: series('power'),
      speedMetresPerSecond: convert(series('speed'), kphToMetresPerSecond),
      // Elevation and temperature may be negative: only a literal -1 would be read as missing.
      altitudeMetres: keys.includes('elevation')
        ? values[keys.indexOf('elevation')]?.map((v) => v ?? null)
        : undefined,
      distanceMetres: convert(series('distance'), kilometresToMetres),
      latlng,
      temperatureCelsius: keys.includes('temperature')
        ? values[keys.indexOf('temperature')]?.map((v) => v ?? null)
        : undefined,
    },
  });
}
