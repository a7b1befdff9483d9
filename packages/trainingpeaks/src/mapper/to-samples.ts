import { createSamples, type Samples, valueOrNull } from '@fitlink/core';
import type { TrainingPeaksWorkoutDetails } from '../schemas/workout-analysis.js';

type Series = (number | null)[];

/**
 * Maps a workout's detail samples to normalized samples: `MillisecondsOffset` → seconds,
 * speed m/s and distance/altitude metres kept; a channel with no value at all is left out.
 *
 * @param details - The details answer.
 * @param activity - The activity's `id` and UTC `startTime` (from {@link mapTrainingPeaksWorkout}).
 * @example
 * ```ts
 * const samples = mapTrainingPeaksWorkoutDetails(details, activity);
 * ```
 */
export function mapTrainingPeaksWorkoutDetails(
  details: TrainingPeaksWorkoutDetails,
  activity: { id: string; startTime: string },
): Samples {
  const data = details.Data ?? [];
  const pick = (read: (index: number) => number | null): Series | undefined => {
    const series = data.map((_, index) => read(index));
    return series.some((entry) => entry !== null) ? series : undefined;
  };
  const at = (index: number) => data[index];
  const latlng = data.map((sample) => {
    const lat = valueOrNull(sample.Latitude);
    const lng = valueOrNull(sample.Longitude);
    return lat === null || lng === null ? null : ([lat, lng] as [number, number]);
  });
  return createSamples({
    activityId: activity.id,
    provider: 'trainingpeaks',
    startTime: activity.startTime,
    series: {
      offsetsSeconds: data.map((sample) => sample.MillisecondsOffset / 1000),
      heartRateBpm: pick((i) => valueOrNull(at(i)?.HeartRate)),
      powerWatts: pick((i) => valueOrNull(at(i)?.Power)),
      cadence: pick((i) => valueOrNull(at(i)?.Cadence)),
      speedMetresPerSecond: pick((i) => valueOrNull(at(i)?.Speed)),
      distanceMetres: pick((i) => valueOrNull(at(i)?.Distance)),
      altitudeMetres: pick((i) => valueOrNull(at(i)?.Elevation)),
      temperatureCelsius: pick((i) => valueOrNull(at(i)?.Temperature)),
      latlng: latlng.some((entry) => entry !== null) ? latlng : undefined,
    },
  });
}
