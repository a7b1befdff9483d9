import type { Activity, CallOptions, Clock, Profile, Samples, TimeRange } from '@fitlink/core';
import { mapPelotonWorkout } from './mapper/to-activity.js';
import { mapPelotonUser } from './mapper/to-profile.js';
import { mapPelotonPerformanceGraph } from './mapper/to-samples.js';
import type { PelotonUserResource } from './resources/user.js';
import type { PelotonWorkoutsResource } from './resources/workouts.js';

/** Options of {@link PelotonSources.listActivities}. */
export interface PelotonListActivitiesOptions extends TimeRange, CallOptions {
  /**
   * Fetch each workout's performance graph for distance, energy, heart rate, power and speed
   * (one request per workout), or map the list items only (`false`: no totals but output).
   * @defaultValue true
   */
  withTotals?: boolean;
  /**
   * How many performance graphs are fetched at once (in list order; a loop that stops early
   * wastes at most this many minus one requests).
   * @defaultValue 4
   */
  totalsConcurrency?: number;
}

/** The normalized reads of a Peloton client: profile, activities and samples. */
export interface PelotonSources {
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
   * still in progress are left out.
   *
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01') })) {
   *   console.log(activity.sport, activity.distanceMetres);
   * }
   * ```
   */
  listActivities(range: PelotonListActivitiesOptions): AsyncIterable<Activity>;
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
    async getProfile(call) {
      return mapPelotonUser(await user.me(call));
    },

    async *listActivities(range) {
      const { since, until, withTotals = true, totalsConcurrency = 4, ...call } = range;
      if (!Number.isInteger(totalsConcurrency) || totalsConcurrency < 1) {
        throw new RangeError(
          `totalsConcurrency must be a positive integer, got ${totalsConcurrency}`,
        );
      }
      const from = since?.getTime() ?? Number.NEGATIVE_INFINITY;
      const to = until?.getTime() ?? clock.now();
      const graphOf = (id: string) =>
        withTotals ? workouts.performanceGraph(id, { ...call, everyN: TOTALS_EVERY_N }) : null;
      for await (const page of workouts.list(call).pages()) {
        const wanted = page.items.filter((workout) => {
          const startMs = workout.start_time * 1000;
          if (startMs < from || startMs >= to) return false;
          return !workout.status || workout.status === 'COMPLETE';
        });
        // Totals need one request per workout: fetch a few at once, yield in list order.
        for (let at = 0; at < wanted.length; at += totalsConcurrency) {
          const batch = wanted.slice(at, at + totalsConcurrency);
          const graphs = await Promise.all(batch.map((workout) => graphOf(workout.id)));
          for (const [index, workout] of batch.entries()) {
            yield mapPelotonWorkout(workout, { performanceGraph: graphs[index] ?? null });
          }
        }
        const oldest = page.items.at(-1);
        if (oldest && oldest.created_at * 1000 < from - CREATED_BEFORE_START_SLACK_MS) return;
      }
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
