import { createSamples, recordId, type Samples, ValidationError } from '@fitlink/core';
import type { GarminActivityDetails } from '../schemas/activity-details.js';
import { secondsToMs } from './time.js';

type Series = (number | null)[];

/**
 * Maps an `activityDetails` record's samples (up to one a second) to normalized
 * {@link @fitlink/core!Samples} of the activity `garmin:<summary.summaryId>`: offsets from the
 * summary's start, heart rate, power, cadence (run steps per minute, else ride rpm), speed,
 * elevation, cumulative distance, position and air temperature. A series Garmin never filled is
 * left out; a missing value inside one is `null`.
 *
 * @param details - An `activityDetails` record.
 * @returns The samples, or `null` when the record has none.
 * @throws ValidationError when a sample lies before the activity's start or time runs backwards.
 * @example
 * ```ts
 * import { mapGarminSamples } from '@fitlink/garmin';
 * const samples = mapGarminSamples(details);
 * samples?.series.heartRateBpm;
 * ```
 */
export function mapGarminSamples(details: GarminActivityDetails): Samples | null {
  const samples = details.samples ?? [];
  if (samples.length === 0) return null;
  const start = details.summary.startTimeInSeconds;
  const offsets = samples.map((sample) => sample.startTimeInSeconds - start);
  const before = offsets.findIndex((offset) => !(offset >= 0));
  if (before >= 0) {
    throw new ValidationError('Garmin activity details have a sample before the activity start', {
      provider: 'garmin',
      endpoint: 'activityDetails',
      issues: [
        {
          code: 'custom',
          path: ['samples', before, 'startTimeInSeconds'],
          message: 'expected a time at or after summary.startTimeInSeconds',
        },
      ],
    });
  }
  const pick = (read: (s: (typeof samples)[number]) => number | null | undefined) => {
    const values: Series = samples.map((s) => {
      const value = read(s);
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    });
    return values.some((value) => value !== null) ? values : undefined;
  };
  const latlng = samples.map((s) =>
    typeof s.latitudeInDegree === 'number' && typeof s.longitudeInDegree === 'number'
      ? ([s.latitudeInDegree, s.longitudeInDegree] as [number, number])
      : null,
  );
  return createSamples({
    activityId: recordId('garmin', details.summary.summaryId),
    provider: 'garmin',
    startTime: secondsToMs(start),
    series: {
      offsetsSeconds: offsets,
      heartRateBpm: pick((s) => s.heartRate),
      powerWatts: pick((s) => s.powerInWatts),
      cadence: pick((s) => s.stepsPerMinute ?? s.bikeCadenceInRPM),
      speedMetresPerSecond: pick((s) => s.speedMetersPerSecond),
      altitudeMetres: pick((s) => s.elevationInMeters),
      distanceMetres: pick((s) => s.totalDistanceInMeters),
      latlng: latlng.some((value) => value !== null) ? latlng : undefined,
      temperatureCelsius: pick((s) => s.airTemperatureCelcius),
    },
  });
}
