import type { HttpClient, Paginator, TokenCursor } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { WHOOP_ROUTES } from '../endpoints.js';
import type { WhoopWorkout } from '../schemas/workout.js';
import { listCollection, type WhoopCallOptions, type WhoopListOptions } from './list.js';

/** WHOOP workouts (`read:workout`). */
export interface WhoopWorkoutsResource {
  /**
   * Workouts in a range, newest first, every page (25 per request).
   *
   * @throws {@link @fitlink/core!ValidationError} when a page does not match the schema.
   * @example
   * ```ts
   * for await (const workout of client.workouts.list({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(workout.sport_name, workout.score?.strain);
   * }
   * ```
   */
  list(options?: WhoopListOptions): Paginator<WhoopWorkout, TokenCursor>;
  /**
   * One workout by its v2 UUID.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is no such workout.
   * @example
   * ```ts
   * const workout = await client.workouts.get('ecfc6a15-4661-442f-a9a4-f160dd7afae8');
   * ```
   */
  get(workoutId: string, options?: WhoopCallOptions): Promise<WhoopWorkout>;
}

/** Builds the workouts resource over a connection's HTTP client. */
export function createWorkoutsResource(http: HttpClient): WhoopWorkoutsResource {
  const { workout } = WHOOP_ROUTES;
  return {
    list: (options) => listCollection(http, WHOOP_ROUTES.workouts, options),
    async get(workoutId, options = {}) {
      const { data } = await http.request({
        method: workout.method,
        path: routePath(workout, { workoutId }),
        schema: workout.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
