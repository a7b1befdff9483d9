import { createSamples, type Samples, ValidationError } from '@fitlink/core';
import type { AppleHealthHeartRateSample } from '../schemas/metric.js';
import type { AppleHealthWorkout } from '../schemas/workout.js';
import { readAppleHealthDate } from './date.js';

/** Options of {@link mapAppleHealthWorkoutSamples}. */
export interface MapAppleHealthWorkoutSamplesOptions {
  /**
   * The batch's `heart_rate` metric samples, used for the workout's window when the workout
   * carries no `heartRateData` of its own.
   * @defaultValue `[]`
   */
  heartRate?: readonly AppleHealthHeartRateSample[];
}

interface Point {
  hr?: number | null;
  latlng?: [number, number];
  altitude?: number | null;
  speed?: number | null;
}

const bpm = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 300 ? value : null;
const finite = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * Maps a workout's heart-rate readings (`heartRateData`, or else the batch's `heart_rate`
 * samples inside the workout's window; the average of each `{Min, Avg, Max}` reading) and its
 * `route` (position, altitude in metres, speed in m/s) to normalized
 * `Samples`, one offset per distinct timestamp. A workout with neither
 * gives `null`; readings before the start or with an unreadable date are left out.
 *
 * @param workout - A workout as the app sends it.
 * @param options - The batch's heart-rate samples.
 * @throws ValidationError when the workout's start cannot be read.
 *
 * @example
 * ```ts
 * const samples = mapAppleHealthWorkoutSamples(workout, { heartRate: batchHeartRate });
 * samples?.series.heartRateBpm;
 * ```
 */
export function mapAppleHealthWorkoutSamples(
  workout: AppleHealthWorkout,
  options: MapAppleHealthWorkoutSamplesOptions = {},
): Samples | null {
  const start = readAppleHealthDate(workout.start);
  if (start === null) {
    throw new ValidationError('Health Auto Export workout has an unreadable start', {
      endpoint: 'apple-health workout',
      issues: [
        { path: ['start'], code: 'invalid_format', message: 'expected yyyy-MM-dd HH:mm:ss Z' },
      ],
    });
  }
  const startMs = Date.parse(start.time);
  const endMs = Date.parse(readAppleHealthDate(workout.end)?.time ?? start.time);
  const points = new Map<number, Point>();
  const at = (date: string, inWindow: boolean): Point | null => {
    const read = readAppleHealthDate(date);
    if (read === null) return null;
    const ms = Date.parse(read.time);
    if (ms < startMs || (inWindow && ms > endMs)) return null;
    const offset = (ms - startMs) / 1000;
    const point = points.get(offset) ?? {};
    points.set(offset, point);
    return point;
  };

  const own = workout.heartRateData ?? [];
  if (own.length > 0) {
    for (const reading of own) {
      const point = at(reading.date, false);
      if (point) point.hr = bpm(reading.Avg ?? reading.qty);
    }
  } else {
    for (const reading of options.heartRate ?? []) {
      const point = at(reading.date, true);
      if (point) point.hr = bpm(reading.Avg);
    }
  }
  for (const position of workout.route ?? []) {
    const point = at(position.timestamp, false);
    if (point === null) continue;
    const { latitude, longitude } = position;
    if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
      point.latlng = [latitude, longitude];
    point.altitude = finite(position.altitude);
    const speed = finite(position.speed);
    point.speed = speed !== null && speed >= 0 ? speed : null;
  }
  if (points.size === 0) return null;

  const offsets = [...points.keys()].sort((left, right) => left - right);
  const rows = offsets.map((offset) => points.get(offset) ?? {});
  const series = <K extends keyof Point>(key: K) =>
    rows.some((row) => row[key] !== undefined && row[key] !== null)
      ? rows.map((row) => row[key] ?? null)
      : undefined;
  return createSamples({
    activityId: `apple-health:${workout.id}`,
    provider: 'apple-health',
    startTime: start.time,
    series: {
      offsetsSeconds: offsets,
      heartRateBpm: series('hr') as (number | null)[] | undefined,
      latlng: series('latlng') as ([number, number] | null)[] | undefined,
      altitudeMetres: series('altitude') as (number | null)[] | undefined,
      speedMetresPerSecond: series('speed') as (number | null)[] | undefined,
    },
  });
}
