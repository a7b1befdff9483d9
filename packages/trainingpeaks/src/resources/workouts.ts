import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  inRange,
  type PageCursor,
  type Paginator,
  pagePaging,
  pickCallOptions,
  type RouteDefinition,
  resolveRange,
  routePath,
} from '@fitlink/core';
import {
  TRAININGPEAKS_CHANGED_MIN_DATE,
  TRAININGPEAKS_MAX_PAGE_SIZE,
  TRAININGPEAKS_ROUTES,
} from '../endpoints.js';
import { resolveLocalTime } from '../mapper/local-time.js';
import type { TrainingPeaksWorkout } from '../schemas/workout.js';
import type {
  TrainingPeaksMeanMaxes,
  TrainingPeaksTimeInZones,
  TrainingPeaksWorkoutDetails,
} from '../schemas/workout-analysis.js';
import type { TrainingPeaksContext } from './context.js';
import {
  dateRangePaging,
  type TrainingPeaksDateCursor,
  type TrainingPeaksRangeOptions,
} from './date-range.js';

/** Options of `client.workouts.list`. */
export interface TrainingPeaksWorkoutListOptions extends TrainingPeaksRangeOptions {
  /** Ask for `Description`. @defaultValue false */
  includeDescription?: boolean;
}

/** One entry of the changed feed: a deleted workout id or a modified workout. */
export type TrainingPeaksChange =
  | {
      /** The workout was deleted. */
      type: 'deleted';
      /** Its id. */
      workoutId: string;
    }
  | {
      /** The workout was created or modified. */
      type: 'modified';
      /** The workout. */
      workout: TrainingPeaksWorkout;
    };

/** The resumable cursor of the changed feed: the next 0-based page (core's `pagePaging` cursor). */
export interface TrainingPeaksChangedCursor extends PageCursor {
  /** Page index, from 0. */
  page: number;
}

/** Options of `client.workouts.changed`. */
export interface TrainingPeaksChangedOptions extends CallOptions {
  /** Changes since this instant (sent as UTC; not before 2000-01-01). */
  since: Date;
  /** Entries per page, at most 100. @defaultValue 100 */
  pageSize?: number;
  /** Only this workout type (`Bike`, `Run` …). */
  workoutTypeFilter?: string;
  /** Ask for `Description`. @defaultValue false */
  includeDescription?: boolean;
  /** A saved cursor to resume from. @defaultValue `{ page: 0 }` */
  cursor?: TrainingPeaksChangedCursor | undefined;
  /** The most pages to fetch now; the cursor then points at the next one. */
  maxPages?: number;
}

/** `client.workouts`: workouts and their analysis (scopes `workouts:read`, `workouts:details`). */
export interface TrainingPeaksWorkoutsResource {
  /**
   * Workouts (planned and completed) starting in `[since, until)`, in as few local-date-range
   * requests as the 45-day cap allows; `for await` it, or resume from `cursor`.
   *
   * @example
   * ```ts
   * for await (const workout of client.workouts.list({ since, until })) console.log(workout.Title);
   * ```
   */
  list(
    options?: TrainingPeaksWorkoutListOptions,
  ): Paginator<TrainingPeaksWorkout, TrainingPeaksDateCursor>;
  /**
   * One workout by id.
   *
   * @example
   * ```ts
   * const workout = await client.workouts.get('3100000042');
   * ```
   */
  get(
    id: string | number,
    options?: CallOptions & { includeDescription?: boolean },
  ): Promise<TrainingPeaksWorkout>;
  /**
   * A completed workout's samples (`workouts:details`, premium); `null` when TrainingPeaks
   * answers 204 (not completed, or no file uploaded).
   *
   * @throws {@link TrainingPeaksPremiumRequiredError} for a basic athlete.
   * @example
   * ```ts
   * const details = await client.workouts.details('3100000042');
   * ```
   */
  details(id: string | number, options?: CallOptions): Promise<TrainingPeaksWorkoutDetails | null>;
  /**
   * Mean-max curves of a completed workout (premium).
   *
   * @throws {@link TrainingPeaksPremiumRequiredError} for a basic athlete.
   * @example
   * ```ts
   * const curves = await client.workouts.meanMaxes('3100000042');
   * ```
   */
  meanMaxes(id: string | number, options?: CallOptions): Promise<TrainingPeaksMeanMaxes>;
  /**
   * Time in heart-rate, power and speed zones, with the thresholds used (premium).
   *
   * @throws {@link TrainingPeaksPremiumRequiredError} for a basic athlete.
   * @example
   * ```ts
   * const zones = await client.workouts.timeInZones('3100000042');
   * ```
   */
  timeInZones(id: string | number, options?: CallOptions): Promise<TrainingPeaksTimeInZones>;
  /**
   * The changed feed for incremental sync: workouts deleted and modified since `since`,
   * paged (`pageSize` ≤ 100, pages from 0). Save `cursor` to resume; when `done`, store the
   * time this sync started as the next `since`.
   *
   * @example
   * ```ts
   * const feed = client.workouts.changed({ since: lastSync });
   * for await (const change of feed) console.log(change.type);
   * ```
   */
  changed(
    options: TrainingPeaksChangedOptions,
  ): Paginator<TrainingPeaksChange, TrainingPeaksChangedCursor>;
}

const invalid = (message: string) =>
  new FitlinkError(`trainingpeaks: ${message}`, {
    code: ErrorCodes.invalidArgument,
    provider: 'trainingpeaks',
  });

/** The instant a workout starts (or is planned), for range filtering. */
function startOf(workout: TrainingPeaksWorkout, zone: string | null): number | null {
  const local = workout.StartTime ?? workout.StartTimePlanned ?? workout.WorkoutDay;
  const resolved = local ? resolveLocalTime(local, zone) : null;
  return resolved ? Date.parse(resolved.startTime) : null;
}

/** Builds `client.workouts`. */
export function createWorkoutsResource(
  context: TrainingPeaksContext,
): TrainingPeaksWorkoutsResource {
  const { http } = context;
  const routes = TRAININGPEAKS_ROUTES;
  const byId = (route: RouteDefinition, id: string | number, options: CallOptions | undefined) => ({
    method: route.method,
    path: routePath(route, { workoutId: String(id) }),
    ...pickCallOptions(options),
  });
  return {
    list(options = {}) {
      const range = resolveRange(options, context.clock);
      return dateRangePaging(
        context,
        { ...options, ...range },
        async (startDate, endDate, call) => {
          const { data } = await http.request({
            method: routes.workouts.method,
            path: routePath(routes.workouts, { startDate, endDate }),
            query: { includeDescription: options.includeDescription ? true : undefined },
            schema: routes.workouts.response,
            ...pickCallOptions(call),
          });
          const zone = await context.timeZone(call);
          // The API filters by local day: trim to the instants of `[since, until)`.
          return data.filter((workout) => {
            const start = startOf(workout, zone);
            return start !== null && inRange(start, range);
          });
        },
      );
    },
    async get(id, options = {}) {
      const { data } = await http.request({
        ...byId(routes.workout, id, options),
        query: { includeDescription: options.includeDescription ? true : undefined },
        schema: routes.workout.response,
      });
      return data;
    },
    async details(id, options) {
      const { status, data } = await http.request({
        ...byId(routes.workoutDetails, id, options),
        schema: routes.workoutDetails.response,
        allowStatus: [204],
      });
      return status === 204 ? null : data;
    },
    async meanMaxes(id, options) {
      const { data } = await http.request({
        ...byId(routes.workoutMeanMaxes, id, options),
        schema: routes.workoutMeanMaxes.response,
      });
      return data;
    },
    async timeInZones(id, options) {
      const { data } = await http.request({
        ...byId(routes.workoutTimeInZones, id, options),
        schema: routes.workoutTimeInZones.response,
      });
      return data;
    },
    changed(options) {
      const pageSize = options.pageSize ?? TRAININGPEAKS_MAX_PAGE_SIZE;
      if (
        !(Number.isInteger(pageSize) && pageSize > 0 && pageSize <= TRAININGPEAKS_MAX_PAGE_SIZE)
      ) {
        throw invalid('pageSize must be an integer from 1 to 100');
      }
      if (!(options.since.getTime() >= Date.parse(TRAININGPEAKS_CHANGED_MIN_DATE))) {
        throw invalid('the changed feed starts on 2000-01-01');
      }
      const date = `${options.since.toISOString().slice(0, 19)}Z`;
      return pagePaging<TrainingPeaksChange>({
        firstPage: 0,
        pageSize,
        ...(options.cursor ? { start: options.cursor } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
        fetch: async (page, size, signal) => {
          const { data } = await http.request({
            method: routes.changed.method,
            path: routePath(routes.changed),
            query: {
              date,
              pageSize: size,
              page,
              workoutTypeFilter: options.workoutTypeFilter,
              includeDescription: options.includeDescription ? true : undefined,
            },
            schema: routes.changed.response,
            ...pickCallOptions({ ...options, ...(signal ? { signal } : {}) }),
          });
          // The third-party OpenAPI models the answer as a bare list: read it as Modified.
          const deleted = Array.isArray(data) ? [] : (data.Deleted ?? []);
          const modified = Array.isArray(data) ? data : (data.Modified ?? []);
          const items: TrainingPeaksChange[] = [
            ...deleted.map((id) => ({ type: 'deleted' as const, workoutId: String(id) })),
            ...modified.map((workout) => ({ type: 'modified' as const, workout })),
          ];
          // A full list means there may be more; both lists short means this was the last page.
          return { items, more: deleted.length >= size || modified.length >= size };
        },
      });
    },
  };
}
