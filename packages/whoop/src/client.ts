import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type DailySummary,
  type DailySummarySource,
  type HttpClient,
  type Profile,
  type ProviderClientOptions,
  passThroughHttpSettings,
  pickCallOptions,
  type RateLimitPolicy,
  type Sleep,
  type SleepSource,
  type TimeRange,
} from '@fitlink/core';
import type { WhoopApp } from './app.js';
import { WHOOP_API_BASE_URL } from './endpoints.js';
import { mapWhoopError } from './errors.js';
import { mapWhoopWorkout } from './mapper/to-activity.js';
import { mapWhoopCycle } from './mapper/to-daily-summary.js';
import { mapWhoopProfile } from './mapper/to-profile.js';
import { mapWhoopSleep } from './mapper/to-sleep.js';
import { createCyclesResource, type WhoopCyclesResource } from './resources/cycles.js';
import { createRecoveryResource, type WhoopRecoveryResource } from './resources/recovery.js';
import { createSleepResource, type WhoopSleepResource } from './resources/sleep.js';
import { createUserResource, type WhoopUserResource } from './resources/user.js';
import { createWorkoutsResource, type WhoopWorkoutsResource } from './resources/workouts.js';
import type { WhoopRecovery } from './schemas/recovery.js';

/** Settings of {@link createWhoopClient}. */
export interface WhoopClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The WHOOP app the connection belongs to: refreshes tokens and holds the rate-limit budget. */
  app: WhoopApp;
  /** The rate-limit budget. @defaultValue the app's `rateLimitPolicy` (WHOOP counts per app) */
  rateLimitPolicy?: RateLimitPolicy;
}

/** Options of {@link WhoopClient.getProfile}. */
export interface WhoopProfileOptions extends CallOptions {
  /** Also read height and weight (`read:body_measurement`). @defaultValue true */
  includeBody?: boolean;
}

/** A client for one WHOOP connection: typed v2 resources and normalized cross-provider lists. */
export interface WhoopClient extends ActivitySource, SleepSource, DailySummarySource {
  /** Provider id. */
  readonly provider: 'whoop';
  /** The connection's HTTP client (auth, refresh, rate limits), for routes not wrapped here. */
  readonly http: HttpClient;
  /** Physiological cycles and each cycle's sleep and recovery. */
  readonly cycles: WhoopCyclesResource;
  /** Recoveries. */
  readonly recovery: WhoopRecoveryResource;
  /** Sleeps and naps. */
  readonly sleep: WhoopSleepResource;
  /** Workouts. */
  readonly workouts: WhoopWorkoutsResource;
  /** Profile, body measurements, revoking access. */
  readonly user: WhoopUserResource;
  /**
   * Normalized workouts that start in `[since, until)`, newest first.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.sport, activity.energyKcal);
   * }
   * ```
   */
  listActivities(range: TimeRange & CallOptions): AsyncIterable<Activity>;
  /**
   * Normalized sleeps and naps that start in `[since, until)`, newest first.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const sleep of client.listSleep({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(sleep.deepSeconds);
   * }
   * ```
   */
  listSleep(range: TimeRange & CallOptions): AsyncIterable<Sleep>;
  /**
   * One normalized summary per cycle that starts in `[since, until)`, newest first: day strain
   * and energy from the cycle, recovery score, resting HR, HRV, SpO2 and skin temperature from
   * its recovery (read in one paged pass, not per cycle).
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const day of client.listDailySummaries({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(day.date, day.recoveryScore, day.strain);
   * }
   * ```
   */
  listDailySummaries(range: TimeRange & CallOptions): AsyncIterable<DailySummary>;
  /**
   * The normalized profile: name and email, with height and weight unless `includeBody` is false.
   *
   * @throws {@link @fitlink/core!AuthError} when the connection is no longer valid.
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * ```
   */
  getProfile(options?: WhoopProfileOptions): Promise<Profile>;
}

const DAY_MS = 86_400_000;

function inRange(start: string, range: TimeRange): boolean {
  const at = Date.parse(start);
  return (
    (!range.since || at >= range.since.getTime()) && (!range.until || at < range.until.getTime())
  );
}

function listRange(range: TimeRange & CallOptions, widenMs = 0) {
  return {
    ...pickCallOptions(range),
    ...(range.since ? { since: new Date(range.since.getTime() - widenMs) } : {}),
    ...(range.until ? { until: new Date(range.until.getTime() + widenMs) } : {}),
  };
}

/**
 * Creates a client for one stored WHOOP connection. Tokens are refreshed before expiry and once
 * after a 401, single-flight, with the rotated refresh token stored before it is used; the
 * app's rate-limit budget is read from WHOOP's `X-RateLimit-*` headers.
 *
 * @example
 * ```ts
 * import { MemoryTokenStore } from '@fitlink/core';
 * import { createWhoopApp, createWhoopClient } from '@fitlink/whoop';
 *
 * const app = createWhoopApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createWhoopClient({ app, store: new MemoryTokenStore(), key: 'user-1' });
 * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
 *   console.log(activity.sport);
 * }
 * ```
 * @see https://developer.whoop.com/api
 */
export function createWhoopClient(settings: WhoopClientSettings): WhoopClient {
  const { app } = settings;
  const http = createHttpClient({
    provider: 'whoop',
    baseUrl: WHOOP_API_BASE_URL,
    auth: connectionAuth({
      provider: 'whoop',
      store: settings.store,
      key: settings.key,
      refresher: app,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? app.rateLimitPolicy,
    mapError: mapWhoopError,
    ...passThroughHttpSettings(settings),
  });
  const cycles = createCyclesResource(http);
  const recovery = createRecoveryResource(http);
  const sleep = createSleepResource(http);
  const workouts = createWorkoutsResource(http);
  const user = createUserResource(http);

  return {
    provider: 'whoop',
    http,
    cycles,
    recovery,
    sleep,
    workouts,
    user,
    async *listActivities(range) {
      for await (const workout of workouts.list(listRange(range))) {
        if (inRange(workout.start, range)) yield mapWhoopWorkout(workout);
      }
    },
    async *listSleep(range) {
      for await (const night of sleep.list(listRange(range))) {
        if (inRange(night.start, range)) yield mapWhoopSleep(night);
      }
    },
    async *listDailySummaries(range) {
      // A recovery belongs to the sleep that opens its cycle; a day either side catches them all.
      const byCycle = new Map<number, WhoopRecovery>();
      for await (const item of recovery.list(listRange(range, DAY_MS))) {
        byCycle.set(item.cycle_id, item);
      }
      for await (const cycle of cycles.list(listRange(range))) {
        if (inRange(cycle.start, range)) {
          yield mapWhoopCycle(cycle, { recovery: byCycle.get(cycle.id) });
        }
      }
    },
    async getProfile(options = {}) {
      const call = pickCallOptions(options);
      const [profile, body] = await Promise.all([
        user.getProfile(call),
        options.includeBody === false ? undefined : user.getBodyMeasurement(call),
      ]);
      return mapWhoopProfile(profile, { body });
    },
  };
}
