import { type Activity, createSamples, type Samples } from '@fitlink/core';
import type { GoogleHealthHeartRate } from '../schemas/measurements.js';
import { int64Value } from './values.js';

/** The activity a heart-rate series belongs to: its id, start and (optional) elapsed time. */
export type GoogleHealthSamplesActivity = Pick<Activity, 'id' | 'startTime'> &
  Partial<Pick<Activity, 'elapsedSeconds'>>;

/**
 * Maps `heart-rate` samples to the normalized {@link @fitlink/core!Samples} of one activity:
 * samples inside the activity (from its start to the end of its elapsed time), oldest first
 * (Google lists newest first), offsets in seconds from the start; a sample Google sends without
 * a plausible value (0 or above 300 bpm) is a `null` gap, never a reading.
 *
 * @param samples - Points' `heartRate` values from `dataTypes/heart-rate/dataPoints`.
 * @param options - The activity they belong to.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapGoogleHealthHeartRate, type GoogleHealthHeartRate } from '@fitlink/google-health';
 *
 * declare const samples: GoogleHealthHeartRate[];
 * const series = mapGoogleHealthHeartRate(samples, {
 *   activity: { id: 'google-health:42', startTime: '2026-11-18T14:00:00.000Z', elapsedSeconds: 3600 },
 * });
 * ```
 */
export function mapGoogleHealthHeartRate(
  samples: readonly GoogleHealthHeartRate[],
  options: { activity: GoogleHealthSamplesActivity },
): Samples {
  const { activity } = options;
  const start = Date.parse(activity.startTime);
  const end =
    activity.elapsedSeconds === null || activity.elapsedSeconds === undefined
      ? Number.POSITIVE_INFINITY
      : start + activity.elapsedSeconds * 1000;
  const inside = samples
    .map((sample) => ({ at: Date.parse(sample.sampleTime.physicalTime), sample }))
    .filter(({ at }) => Number.isFinite(at) && at >= start && at <= end)
    .sort((a, b) => a.at - b.at);
  return createSamples({
    activityId: activity.id,
    provider: 'google-health',
    startTime: activity.startTime,
    series: {
      offsetsSeconds: inside.map(({ at }) => (at - start) / 1000),
      heartRateBpm: inside.map(({ sample }) => {
        const bpm = int64Value(sample.beatsPerMinute);
        return bpm !== null && bpm > 0 && bpm <= 300 ? bpm : null;
      }),
    },
  });
}
