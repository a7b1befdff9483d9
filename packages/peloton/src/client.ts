import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type Profile,
  type ProviderClientOptions,
  passThroughHttpSettings,
  type RateLimitPolicy,
  type Samples,
  systemClock,
  type TimeRange,
} from '@fitlink/core';
import type { PelotonApp } from './app.js';
import { PELOTON_API_BASE_URL, PELOTON_DEFAULT_USER_AGENT, PELOTON_PLATFORM } from './endpoints.js';
import { mapPelotonError } from './errors.js';
import { mapPelotonWorkout } from './mapper/to-activity.js';
import { mapPelotonUser } from './mapper/to-profile.js';
import { mapPelotonPerformanceGraph } from './mapper/to-samples.js';
import { createPelotonRateLimitPolicy } from './rate-limit.js';
import {
  createInstructorsResource,
  type PelotonInstructorsResource,
} from './resources/instructors.js';
import { createRidesResource, type PelotonRidesResource } from './resources/rides.js';
import { createUserResource, type PelotonUserResource } from './resources/user.js';
import { createWorkoutsResource, type PelotonWorkoutsResource } from './resources/workouts.js';

/** Settings of {@link createPelotonClient}. */
export interface PelotonClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app that refreshes this connection's tokens. */
  app: PelotonApp;
  /** Share one policy between clients of the same member. @defaultValue a new {@link createPelotonRateLimitPolicy} */
  rateLimitPolicy?: RateLimitPolicy;
  /** `User-Agent` header. @defaultValue a desktop Chrome string */
  userAgent?: string;
  /** The member id, when already known (saves the `/api/me` lookup). */
  userId?: string;
}

/** Options of {@link PelotonClient.listActivities}. */
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

/** A Peloton client for one connected member. */
export interface PelotonClient extends ActivitySource {
  /** Provider id. */
  readonly provider: 'peloton';
  /** The signed-in member. */
  readonly user: PelotonUserResource;
  /** The member's workouts. */
  readonly workouts: PelotonWorkoutsResource;
  /** Classes. */
  readonly rides: PelotonRidesResource;
  /** Instructors. */
  readonly instructors: PelotonInstructorsResource;
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

// Workouts are listed by creation, which precedes the start by the class's pre-roll; an hour of
// slack before `since` covers it before paging stops.
const CREATED_BEFORE_START_SLACK_MS = 3_600_000;
// Only the totals of the graph are read, so coarse series keep the answer small.
const TOTALS_EVERY_N = 60;

/**
 * Creates a Peloton client for one stored connection: bearer auth refreshed through the app
 * (proactively and after a 401, single-flight), `Peloton-Platform: web` and a browser-like
 * `User-Agent` on every call, Peloton's error bodies mapped, payloads validated.
 *
 * @param settings - The app, token store and connection key, and HTTP options.
 * @example
 * ```ts
 * import { createPelotonApp, createPelotonClient } from '@fitlink/peloton';
 * import { MemoryTokenStore } from '@fitlink/core';
 * const app = createPelotonApp();
 * const store = new MemoryTokenStore();
 * await store.set('member-1', await app.login({ username, password }));
 * const client = createPelotonClient({ app, store, key: 'member-1' });
 * const me = await client.user.me();
 * ```
 */
export function createPelotonClient(settings: PelotonClientSettings): PelotonClient {
  const clock = settings.clock ?? systemClock;
  const http = createHttpClient({
    provider: 'peloton',
    baseUrl: PELOTON_API_BASE_URL,
    auth: connectionAuth({
      provider: 'peloton',
      store: settings.store,
      key: settings.key,
      refresher: settings.app,
      clock,
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createPelotonRateLimitPolicy(),
    headers: {
      // Without it, outdoor workouts come back without their GPS track.
      'Peloton-Platform': PELOTON_PLATFORM,
      'User-Agent': settings.userAgent ?? PELOTON_DEFAULT_USER_AGENT,
    },
    clock,
    mapError: mapPelotonError,
    ...passThroughHttpSettings(settings),
  });
  const user = createUserResource(http, settings.userId);
  const workouts = createWorkoutsResource(http, (options) => user.id(options));

  return {
    provider: 'peloton',
    user,
    workouts,
    rides: createRidesResource(http),
    instructors: createInstructorsResource(http),

    async getProfile(options) {
      return mapPelotonUser(await user.me(options));
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

    async getSamples(workoutId, options = {}) {
      const workout = await workouts.get(workoutId, options);
      const graph = await workouts.performanceGraph(workoutId, options);
      return mapPelotonPerformanceGraph(graph, {
        workoutId: workout.id,
        startTime: workout.start_time * 1000,
      });
    },
  };
}
