import type { CallOptions, HttpClient, PageCursor, Paginator } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { PELOTON_MAX_PAGE_SIZE, PELOTON_ROUTES } from '../endpoints.js';
import type { PelotonPerformanceGraph } from '../schemas/performance-graph.js';
import type { PelotonWorkout } from '../schemas/workout.js';
import type { PelotonWorkoutSummary } from '../schemas/workout-summary.js';
import { pelotonPageList } from './page-list.js';

/** The joins the SDK asks for: the class and its instructor. */
export const PELOTON_WORKOUT_JOINS = 'ride,ride.instructor';

/** Options of {@link PelotonWorkoutsResource.list}. */
export interface PelotonWorkoutListOptions extends CallOptions {
  /** Workouts per page (at most 100). @defaultValue 100 */
  pageSize?: number;
  /** Only workouts created from this instant (sent as Peloton's `from`, ISO 8601 UTC). */
  since?: Date;
  /** Only workouts created before this instant (sent as Peloton's `to`). */
  until?: Date;
  /** `joins` parameter. @defaultValue `'ride,ride.instructor'` */
  joins?: string;
  /** A saved cursor (`paginator.cursor`) to resume from. */
  cursor?: PageCursor;
  /** The most pages to fetch. */
  maxPages?: number;
}

/** `client.workouts`: the member's workouts, newest first. */
export interface PelotonWorkoutsResource {
  /**
   * `GET /api/user/{id}/workouts`, every page, newest first (`sort_by=-created`). Break out of
   * the loop to stop paging.
   *
   * @example
   * ```ts
   * for await (const workout of client.workouts.list()) {
   *   if (workout.created_at <= lastSeen) break;
   * }
   * ```
   */
  list(options?: PelotonWorkoutListOptions): Paginator<PelotonWorkout, PageCursor>;
  /**
   * `GET /api/workout/{id}?joins=ride,ride.instructor`.
   *
   * @example
   * ```ts
   * const workout = await client.workouts.get('3bade6602259414a82576302f9339175');
   * ```
   */
  get(workoutId: string, options?: CallOptions & { joins?: string }): Promise<PelotonWorkout>;
  /**
   * `GET /api/workout/{id}/performance_graph?every_n=N`: series averaged over N seconds, and
   * totals with their units.
   *
   * @example
   * ```ts
   * const graph = await client.workouts.performanceGraph(workout.id, { everyN: 5 });
   * ```
   */
  performanceGraph(
    workoutId: string,
    options?: CallOptions & { everyN?: number },
  ): Promise<PelotonPerformanceGraph>;
  /**
   * `GET /api/workout/{id}/summary`: totals in the member's units.
   *
   * @example
   * ```ts
   * const summary = await client.workouts.summary(workout.id);
   * ```
   */
  summary(workoutId: string, options?: CallOptions): Promise<PelotonWorkoutSummary>;
}

/** Creates `client.workouts`. */
export function createWorkoutsResource(
  http: HttpClient,
  userId: (options?: CallOptions) => Promise<string>,
): PelotonWorkoutsResource {
  const { userWorkouts, workout, performanceGraph, workoutSummary } = PELOTON_ROUTES;
  return {
    list(options = {}) {
      const pageSize = Math.min(
        Math.max(1, options.pageSize ?? PELOTON_MAX_PAGE_SIZE),
        PELOTON_MAX_PAGE_SIZE,
      );
      return pelotonPageList({
        pageSize,
        cursor: options.cursor,
        signal: options.signal,
        maxPages: options.maxPages,
        fetch: async (page, signal) => {
          const id = await userId(pickCallOptions({ ...options, ...(signal ? { signal } : {}) }));
          const { data } = await http.request({
            method: userWorkouts.method,
            path: routePath(userWorkouts, { id }),
            query: {
              joins: options.joins ?? PELOTON_WORKOUT_JOINS,
              limit: pageSize,
              page,
              sort_by: '-created',
              from: options.since,
              to: options.until,
            },
            schema: userWorkouts.response,
            ...pickCallOptions({ ...options, ...(signal ? { signal } : {}) }),
          });
          return data;
        },
      });
    },
    async get(workoutId, options = {}) {
      const { data } = await http.request({
        method: workout.method,
        path: routePath(workout, { id: workoutId }),
        query: { joins: options.joins ?? PELOTON_WORKOUT_JOINS },
        schema: workout.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async performanceGraph(workoutId, options = {}) {
      const { data } = await http.request({
        method: performanceGraph.method,
        path: routePath(performanceGraph, { id: workoutId }),
        query: { every_n: options.everyN ?? 1 },
        schema: performanceGraph.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async summary(workoutId, options = {}) {
      const { data } = await http.request({
        method: workoutSummary.method,
        path: routePath(workoutSummary, { id: workoutId }),
        schema: workoutSummary.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
