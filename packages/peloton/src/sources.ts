import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type Clock,
  type PageCursor,
  type Paginator,
  type Profile,
  type ProfileSource,
  rangeTransform,
  resolveRange,
  type Samples,
  type SamplesSource,
  type SourceListOptions,
  transformPages,
} from '@fitlink/core';
import { mapPelotonWorkout } from './mapper/to-activity.js';
import { mapPelotonUser } from './mapper/to-profile.js';
import { mapPelotonPerformanceGraph } from './mapper/to-samples.js';
import type { PelotonUserResource } from './resources/user.js';
import type { PelotonWorkoutsResource } from './resources/workouts.js';
import type { PelotonWorkout } from './schemas/workout.js';

/**
 * The cursor of {@link PelotonSources.listActivities}: the 0-based page of the member's
 * workouts, newest first (core's `PageCursor`).
 */
export type PelotonActivityCursor = PageCursor;

/** Options of {@link PelotonSources.listActivities}. */
export interface PelotonListActivitiesOptions extends SourceListOptions<PelotonActivityCursor> {
  /**
   * Fetch each workout's performance graph for distance, energy, heart rate, power and speed
   * (one request per workout), or map the list items only (`false`: no totals but output).
   * @defaultValue true
   */
  withTotals?: boolean;
  /**
   * How many performance graphs are fetched at once (in list order, within a page of
   * workouts; a loop that stops early wastes at most this many minus one requests).
   * @defaultValue 4
   */
  totalsConcurrency?: number;
}

/** The normalized reads of a Peloton client: profile, activities and samples. */
export interface PelotonSources
  extends ActivitySource<PelotonActivityCursor>,
    ProfileSource,
    SamplesSource {
  /** Always `'peloton'`. */
  readonly provider: 'peloton';
  /**
   * The member as a normalized profile.
   *
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * ```
   */
  getProfile(options?: CallOptions): Promise<Profile>;
  /**
   * Normalized activities whose start is in `[since, until)`, newest first, every page. Workouts
   * still in progress are left out. `until` defaults to the client's clock. A core `Paginator`
   * over the workout pages (100 per request) whose `cursor` is the page being read; each
   * page's totals are fetched as its workouts are reached. Peloton lists by creation, newest
   * first, so a workout created between two runs shifts the pages: a resume then delivers one
   * workout again (a deleted one could make it miss one); the walk ends an hour of pre-roll
   * past `since`.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not
   * before `until`, and `RangeError` when `totalsConcurrency` is not a positive integer.
   *
   * @example
   * ```ts
   * const activities = client.listActivities({ since: new Date('2026-11-01'), cursor: saved });
   * for await (const activity of activities) {
   *   console.log(activity.sport, activity.distanceMetres, activities.cursor);
   * }
   * ```
   */
  listActivities(range: PelotonListActivitiesOptions): Paginator<Activity, PelotonActivityCursor>;
  /**
   * A workout's normalized time series (with the GPS track of outdoor workouts).
   *
   * @example
   * ```ts
   * const samples = await client.getSamples(workoutId, { everyN: 5 });
   * ```
   */
  getSamples(workoutId: string, options?: CallOptions & { everyN?: number }): Promise<Samples>;
}

/** The resources the normalized reads are made of. */
interface PelotonSourceResources {
  readonly user: PelotonUserResource;
  readonly workouts: PelotonWorkoutsResource;
}

// Workouts are listed by creation, which precedes the start by the class's pre-roll; an hour of
// slack before `since` covers it before paging stops.
const CREATED_BEFORE_START_SLACK_MS = 3_600_000;
// Only the totals of the graph are read, so coarse series keep the answer small.
const TOTALS_EVERY_N = 60;

// Workouts still in progress have no totals yet: a later sync picks them up.
const completed = (workout: PelotonWorkout) => !workout.status || workout.status === 'COMPLETE';

/**
 * The normalized reads over the client's resources: the workout list trimmed to
 * `[since, until)` (`until` defaults to the clock's now) with each workout's totals fetched a
 * few at a time, the member's profile, and a workout's samples.
 *
 * @param resources - The client's `user` and `workouts` resources.
 * @param options - The client's clock.
 */
export function createPelotonSources(
  resources: PelotonSourceResources,
  options: { readonly clock: Clock },
): PelotonSources {
  const { user, workouts } = resources;
  const { clock } = options;
  return {
    provider: 'peloton',
    async getProfile(call) {
      return mapPelotonUser(await user.me(call));
    },

    listActivities(range) {
      const {
        since: _since,
        until: _until,
        cursor,
        withTotals = true,
        totalsConcurrency = 4,
        ...call
      } = range;
      if (!Number.isInteger(totalsConcurrency) || totalsConcurrency < 1) {
        throw new RangeError(
          `totalsConcurrency must be a positive integer, got ${totalsConcurrency}`,
        );
      }
      const bounds = resolveRange(range, clock);
      // Listed by creation, newest first: the list ends an hour of pre-roll past `since`.
      const { filter, stopWhen } = rangeTransform(
        bounds,
        (workout: PelotonWorkout) => workout.start_time * 1000,
        {
          order: 'desc',
          sortedBy: (workout) => workout.created_at * 1000,
          slackMs: CREATED_BEFORE_START_SLACK_MS,
        },
      );
      const graphOf = (id: string) =>
        withTotals ? workouts.performanceGraph(id, { ...call, everyN: TOTALS_EVERY_N }) : null;
      return transformPages(workouts.list({ ...call, ...(cursor ? { cursor } : {}) }), {
        filter: (workout) => filter(workout) && completed(workout),
        stopWhen,
        // Totals need one request per workout: a few at once, in list order, as the page is read.
        async *map(page) {
          for (let index = 0; index < page.length; index += totalsConcurrency) {
            const batch = page.slice(index, index + totalsConcurrency);
            const graphs = await Promise.all(batch.map((workout) => graphOf(workout.id)));
            for (const [offset, workout] of batch.entries()) {
              yield mapPelotonWorkout(workout, { performanceGraph: graphs[offset] ?? null });
            }
          }
        },
      });
    },

    async getSamples(workoutId, call = {}) {
      const workout = await workouts.get(workoutId, call);
      const graph = await workouts.performanceGraph(workoutId, call);
      return mapPelotonPerformanceGraph(graph, {
        workoutId: workout.id,
        startTime: workout.start_time * 1000,
      });
    },
  };
}
