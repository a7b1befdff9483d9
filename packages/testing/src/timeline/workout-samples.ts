import { createSeededRandom } from '../seeded-random.js';
import type { SandboxWorkout } from './timeline-types.js';

/** A workout's recorded series, aligned on `offsetSeconds` (`null` where the sport has none). */
export interface SandboxWorkoutSamples {
  /** Seconds since the start, one per sample. */
  readonly offsetSeconds: readonly number[];
  /** Heart rate, bpm. */
  readonly heartRate: readonly number[];
  /** Distance so far, metres. */
  readonly distanceMeters: readonly number[] | null;
  /** Speed, m/s. */
  readonly speed: readonly number[] | null;
  /** Power, watts. */
  readonly power: readonly number[] | null;
  /** Cadence (rpm or steps per minute). */
  readonly cadence: readonly number[] | null;
  /** Altitude, metres above sea level. */
  readonly altitude: readonly number[] | null;
  /** Position `[lat, lng]`. */
  readonly latLng: readonly (readonly [number, number])[] | null;
}

/**
 * The sensor series of one sandbox workout, one sample every `everySeconds`, deterministic
 * and consistent with the workout's totals (average heart rate, distance, power).
 *
 * @example
 * ```ts
 * const samples = sandboxWorkoutSamples(timeline.workouts[0], { everySeconds: 5 });
 * ```
 */
export function sandboxWorkoutSamples(
  workout: SandboxWorkout,
  options: { readonly everySeconds?: number } = {},
): SandboxWorkoutSamples {
  const every = Math.max(1, options.everySeconds ?? 1);
  const random = createSeededRandom(workout.index * 7919 + 17);
  const count = Math.floor(workout.elapsedSeconds / every) + 1;
  const offsetSeconds = Array.from({ length: count }, (_, i) => i * every);
  const wave = (i: number, period: number) => Math.sin((2 * Math.PI * i * every) / period);
  const heartRate = offsetSeconds.map((t, i) => {
    const warmUp = Math.min(1, t / 300);
    const value =
      workout.averageHeartRate * (0.85 + 0.15 * warmUp) + 4 * wave(i, 420) + random.integer(-2, 2);
    return Math.min(workout.maxHeartRate, Math.round(value));
  });
  const meanSpeed =
    workout.distanceMeters === null ? null : workout.distanceMeters / workout.elapsedSeconds;
  const speed =
    meanSpeed === null
      ? null
      : offsetSeconds.map((_, i) => Math.round(meanSpeed * (1 + 0.08 * wave(i, 600)) * 100) / 100);
  const distanceMeters =
    meanSpeed === null ? null : offsetSeconds.map((t) => Math.round(meanSpeed * t * 10) / 10);
  const power =
    workout.averagePowerWatts === null
      ? null
      : offsetSeconds.map((_, i) =>
          Math.max(0, Math.round((workout.averagePowerWatts ?? 0) * (1 + 0.2 * wave(i, 240)))),
        );
  const cadence =
    workout.averageCadence === null
      ? null
      : offsetSeconds.map((_, i) => Math.round((workout.averageCadence ?? 0) + 3 * wave(i, 180)));
  const climb = workout.elevationGainMeters;
  const altitude =
    climb === null
      ? null
      : offsetSeconds.map(
          (_, i) =>
            Math.round((1650 + (climb / 2) * (1 - Math.cos((2 * Math.PI * i) / count))) * 10) / 10,
        );
  const start = workout.startLatLng;
  const latLng =
    start === null || workout.distanceMeters === null
      ? null
      : offsetSeconds.map((_, i) => {
          // A loop whose circumference is the workout's distance.
          const radiusDeg =
            workout.distanceMeters === null ? 0 : workout.distanceMeters / (2 * Math.PI) / 111_320;
          const angle = (2 * Math.PI * i) / Math.max(1, count - 1);
          const lat = start[0] + radiusDeg * Math.sin(angle);
          const lng =
            start[1] + (radiusDeg * (1 - Math.cos(angle))) / Math.cos((start[0] * Math.PI) / 180);
          return [Math.round(lat * 1e6) / 1e6, Math.round(lng * 1e6) / 1e6] as const;
        });
  return { offsetSeconds, heartRate, distanceMeters, speed, power, cadence, altitude, latLng };
}
