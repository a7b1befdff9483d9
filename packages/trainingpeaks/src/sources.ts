import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type DailySummary,
  type DailySummarySource,
  filterRange,
  type Profile,
  type ProfileSource,
  resolveRange,
  type Samples,
  type SamplesSource,
  type TimeRange,
} from '@fitlink/core';
import { resolveLocalTime } from './mapper/local-time.js';
import { isCompletedTrainingPeaksWorkout, mapTrainingPeaksWorkout } from './mapper/to-activity.js';
import { mapTrainingPeaksMetrics } from './mapper/to-daily-summary.js';
import { mapTrainingPeaksAthlete } from './mapper/to-profile.js';
import { mapTrainingPeaksWorkoutDetails } from './mapper/to-samples.js';
import type { TrainingPeaksAthleteResource } from './resources/athlete.js';
import type { TrainingPeaksContext } from './resources/context.js';
import type { TrainingPeaksMetricsResource } from './resources/metrics.js';
import type { TrainingPeaksWorkoutsResource } from './resources/workouts.js';

/** The normalized reads of a TrainingPeaks client: fitlink's model over the resources. */
export interface TrainingPeaksSources
  extends ActivitySource,
    DailySummarySource,
    ProfileSource,
    SamplesSource {
  /** Always `'trainingpeaks'`. */
  readonly provider: 'trainingpeaks';
  /**
   * The athlete's normalized profile.
   *
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * ```
   */
  getProfile(options?: CallOptions): Promise<Profile>;
  /**
   * Completed workouts in `[since, until)` as normalized activities (planned-only workouts are
   * skipped); local times resolved in the athlete's zone.
   *
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since })) console.log(activity.sport);
   * ```
   */
  listActivities(range: TimeRange & CallOptions): AsyncIterable<Activity>;
  /**
   * Days whose local midnight falls in `[since, until)`, folded from metrics entries (sleep hours,
   * resting heart rate, HRV). Premium athletes only.
   *
   * @throws {@link TrainingPeaksPremiumRequiredError} for a basic athlete.
   * @example
   * ```ts
   * for await (const day of client.listDailySummaries({ since })) console.log(day.hrvRmssdMs);
   * ```
   */
  listDailySummaries(range: TimeRange & CallOptions): AsyncIterable<DailySummary>;
  /**
   * A completed workout's samples, normalized; `null` when it has none (204).
   *
   * @throws {@link TrainingPeaksPremiumRequiredError} for a basic athlete.
   * @example
   * ```ts
   * const samples = await client.getSamples('3100000042');
   * ```
   */
  getSamples(workoutId: string | number, options?: CallOptions): Promise<Samples | null>;
}

/** The resources the sources read. */
export interface TrainingPeaksSourceResources {
  /** Profile (and the zone). */
  readonly athlete: TrainingPeaksAthleteResource;
  /** Workouts and their details. */
  readonly workouts: TrainingPeaksWorkoutsResource;
  /** Metrics entries. */
  readonly metrics: TrainingPeaksMetricsResource;
}

/**
 * The normalized layer of a client: maps what the resources return (wire types) to fitlink's
 * model, resolving local times in the athlete's zone.
 *
 * @param resources - The client's resources.
 * @param context - The athlete's zone and the client's clock.
 */
export function createTrainingPeaksSources(
  resources: TrainingPeaksSourceResources,
  context: Pick<TrainingPeaksContext, 'timeZone' | 'clock'>,
): TrainingPeaksSources {
  const { athlete, workouts, metrics } = resources;
  return {
    provider: 'trainingpeaks',
    async getProfile(options) {
      return mapTrainingPeaksAthlete(await athlete.profile(options));
    },
    async *listActivities(range) {
      const timeZone = await context.timeZone(range);
      for await (const workout of workouts.list(range)) {
        if (!isCompletedTrainingPeaksWorkout(workout)) continue;
        yield mapTrainingPeaksWorkout(workout, { timeZone });
      }
    },
    async *listDailySummaries(range) {
      const window = resolveRange(range, context.clock);
      const timeZone = await context.timeZone(range);
      const days = (async function* () {
        for await (const page of metrics.list({ ...range, ...window }).pages()) {
          yield* mapTrainingPeaksMetrics(page.items);
        }
      })();
      // A day belongs to the range when its local midnight does.
      const midnight = (day: DailySummary) =>
        resolveLocalTime(`${day.date}T00:00:00`, timeZone)?.startTime;
      yield* filterRange(days, window, midnight);
    },
    async getSamples(workoutId, options) {
      const [workout, details, timeZone] = await Promise.all([
        workouts.get(workoutId, options),
        workouts.details(workoutId, options),
        context.timeZone(options),
      ]);
      if (details === null) return null;
      const activity = mapTrainingPeaksWorkout(workout, { timeZone });
      return mapTrainingPeaksWorkoutDetails(details, activity);
    },
  };
}
