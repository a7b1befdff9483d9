import { type Activity, createSamples, type Samples, validatePayload } from '@fitlink/core';
import * as z from 'zod/mini';
import { type OuraHeartRate, ouraHeartRateSchema } from '../schemas/heart-rate.js';

/** Options of {@link mapOuraHeartRate}. */
export interface OuraHeartRateMapOptions {
  /** The activity the readings belong to: its `id` and `startTime` anchor the offsets. */
  activity: Pick<Activity, 'id' | 'startTime'>;
}

const readingsSchema = z.array(ouraHeartRateSchema);

/**
 * Maps heart rate readings to normalized samples of one activity: seconds from the activity's
 * start, oldest first, readings before the start left out.
 *
 * @param readings - Heart rate readings (validated here), in any order.
 * @param options - The activity they belong to.
 * @throws {@link @fitlink/core!ValidationError} when a reading or the result is invalid.
 * @example
 * ```ts
 * const samples = mapOuraHeartRate(readings, { activity });
 * console.log(samples.series.heartRateBpm);
 * ```
 */
export function mapOuraHeartRate(
  readings: readonly OuraHeartRate[],
  options: OuraHeartRateMapOptions,
): Samples {
  const rows = validatePayload(readingsSchema, readings, {
    provider: 'oura',
    endpoint: 'heartrate',
  });
  const start = Date.parse(options.activity.startTime);
  const timed = rows
    .map((row) => ({ at: Date.parse(row.timestamp), bpm: row.bpm }))
    .filter((row) => !Number.isNaN(row.at) && row.at >= start)
    .sort((a, b) => a.at - b.at);
  return createSamples({
    activityId: options.activity.id,
    provider: 'oura',
    startTime: options.activity.startTime,
    series: {
      offsetsSeconds: timed.map((row) => Math.round((row.at - start) / 1000)),
      heartRateBpm: timed.map((row) => row.bpm),
    },
  });
}
