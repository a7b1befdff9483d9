import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type DailySummary,
  type DailySummarySource,
  inRange,
  type Paginator,
  type Profile,
  type ProfileSource,
  resolveRange,
  type Samples,
  type SamplesSource,
  type SourceListOptions,
  transformPages,
} from '@fitlink/core';
import { resolveLocalTime } from './mapper/local-time.js';
import { isCompletedTrainingPeaksWorkout, mapTrainingPeaksWorkout } from './mapper/to-activity.js';
import { mapTrainingPeaksMetrics } from './mapper/to-daily-summary.js';
import { mapTrainingPeaksAthlete } from './mapper/to-profile.js';
import { mapTrainingPeaksWorkoutDetails } from './mapper/to-samples.js';
import type { TrainingPeaksAthleteResource } from './resources/athlete.js';
import type { TrainingPeaksContext } from './resources/context.js';
import type { TrainingPeaksDateCursor } from './resources/date-range.js';
import type { TrainingPeaksMetricsResource } from './resources/metrics.js';
import type { TrainingPeaksWorkoutsResource } from './resources/workouts.js';

/** Options of TrainingPeaks' normalized lists: the range, call options and a saved cursor. */
export type TrainingPeaksSourceListOptions = SourceListOptions<TrainingPeaksDateCursor>;

/** The normalized reads of a TrainingPeaks client: fitlink's model over the resources. */
export interface TrainingPeaksSources
  extends ActivitySource<TrainingPeaksDateCursor>,
    DailySummarySource<TrainingPeaksDateCursor>,
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
   * skipped); local times resolved in the athlete's zone. A core `Paginator` over local-date
   * windows of up to 45 days, oldest first, one request each: its `cursor` is the window being
   * read (`{ startDate }`, a local date), which new workouts do not move, so a resume re-reads
   * at most that window and misses nothing. An open `since` is 30 days before `until`.
   *
   * @example
   * ```ts
   * const activities = client.listActivities({ since, cursor: saved });
   * for await (const activity of activities) console.log(activity.sport, activities.cursor);
   * ```
   */
  listActivities(
    range: TrainingPeaksSourceListOptions,
  ): Paginator<Activity, TrainingPeaksDateCursor>;
  /**
   * Days whose local midnight falls in `[since, until)`, folded from metrics entries (sleep hours,
   * resting heart rate, HRV). Premium athletes only. A core `Paginator` over the same local-date
   * windows as `listActivities` (a day's entries never straddle two), with its `{ startDate }`
   * cursor.
   *
   * @throws {@link TrainingPeaksPremiumRequiredError} for a basic athlete.
   * @example
   * ```ts
   * for await (const day of client.listDailySummaries({ since })) console.log(day.hrvRmssdMs);
   * ```
   */
  listDailySummaries(
    range: TrainingPeaksSourceListOptions,
  ): Paginator<DailySummary, TrainingPeaksDateCursor>;
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
    listActivities(range) {
      return transformPages(workouts.list(range), {
        filter: isCompletedTrainingPeaksWorkout,
        map: async (page) => {
          const timeZone = await context.timeZone(range);
          return page.map((workout) => mapTrainingPeaksWorkout(workout, { timeZone }));
        },
      });
    },
    listDailySummaries(range) {
      const window = resolveRange(range, context.clock);
      // A local day's entries come in one date window: fold them page by page.
      return transformPages(metrics.list({ ...range, ...window }), {
        map: async (page) => {
          const timeZone = await context.timeZone(range);
          // A day belongs to the range when its local midnight does.
          return mapTrainingPeaksMetrics(page).filter((day) => {
            const midnight = resolveLocalTime(`${day.date}T00:00:00`, timeZone)?.startTime;
            return midnight !== undefined && inRange(midnight, window);
          });
        },
      });
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
