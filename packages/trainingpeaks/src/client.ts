import {
  type Activity,
  type ActivitySource,
  AuthError,
  type CallOptions,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type DailySummary,
  type DailySummarySource,
  type Profile,
  type ProviderClientOptions,
  passThroughHttpSettings,
  type RateLimitPolicy,
  type Samples,
  type TimeRange,
} from '@fitlink/core';
import type { TrainingPeaksApp } from './app.js';
import { TRAININGPEAKS_MAX_RANGE_DAYS, trainingpeaksUrls } from './endpoints.js';
import { mapTrainingPeaksError } from './errors.js';
import { resolveLocalTime } from './mapper/local-time.js';
import { isCompletedTrainingPeaksWorkout, mapTrainingPeaksWorkout } from './mapper/to-activity.js';
import { mapTrainingPeaksMetrics } from './mapper/to-daily-summary.js';
import { mapTrainingPeaksAthlete } from './mapper/to-profile.js';
import { mapTrainingPeaksWorkoutDetails } from './mapper/to-samples.js';
import { createTrainingPeaksRateLimitPolicy } from './rate-limit.js';
import { createAthleteResource, type TrainingPeaksAthleteResource } from './resources/athlete.js';
import type { TrainingPeaksContext } from './resources/context.js';
import { createFilesResource, type TrainingPeaksFilesResource } from './resources/files.js';
import { createMetricsResource, type TrainingPeaksMetricsResource } from './resources/metrics.js';
import {
  createWebhookSubscriptionsResource,
  type TrainingPeaksWebhookSubscriptionsResource,
} from './resources/webhook-subscriptions.js';
import {
  createWorkoutsResource,
  type TrainingPeaksWorkoutsResource,
} from './resources/workouts.js';

/** Settings of {@link createTrainingPeaksClient}. */
export interface TrainingPeaksClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app the connection was made with (its environment picks the API host). */
  app: TrainingPeaksApp;
  /**
   * The `User-Agent` TrainingPeaks requires: `<app name or client id>/<version>`.
   * @defaultValue `` `${clientId}/1.0` ``
   */
  userAgent?: string;
  /**
   * `UploadClient` sent with file uploads (your app's name).
   * @defaultValue the `userAgent`'s name part
   */
  uploadClient?: string;
  /**
   * The athlete's IANA zone, if your app already knows it; otherwise the profile's `TimeZone`
   * is fetched once (scope `athlete:profile`).
   */
  timeZone?: string;
  /** Longest local-date range per request. @defaultValue 45 */
  maxRangeDays?: number;
  /** Share one policy between the clients of an app. @defaultValue a new `createTrainingPeaksRateLimitPolicy()` */
  rateLimitPolicy?: RateLimitPolicy;
  /** Refresh this long before expiry. @defaultValue 60000 */
  refreshSkewMs?: number;
}

/** A client for one TrainingPeaks connection. */
export interface TrainingPeaksClient extends ActivitySource, DailySummarySource {
  /** Always `'trainingpeaks'`. */
  readonly provider: 'trainingpeaks';
  /** Profile and zones. */
  readonly athlete: TrainingPeaksAthleteResource;
  /** Workouts, their analysis and the changed feed. */
  readonly workouts: TrainingPeaksWorkoutsResource;
  /** Wellness metrics. */
  readonly metrics: TrainingPeaksMetricsResource;
  /** File uploads. */
  readonly files: TrainingPeaksFilesResource;
  /** Webhook subscriptions. */
  readonly webhookSubscriptions: TrainingPeaksWebhookSubscriptionsResource;
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

/**
 * Creates a client for one stored TrainingPeaks connection: bearer auth refreshed before
 * expiry and once after a 401 (single-flight, the new refresh token stored before use), the
 * `User-Agent` TrainingPeaks requires, TrainingPeaks' error bodies and premium 403s mapped.
 *
 * @example
 * ```ts
 * const client = createTrainingPeaksClient({ app, store, key: 'user-1', userAgent: 'MyApp/2.1' });
 * for await (const activity of client.listActivities({ since: new Date('2026-11-01') })) {
 *   console.log(activity.sport, activity.distanceMetres);
 * }
 * ```
 */
export function createTrainingPeaksClient(
  settings: TrainingPeaksClientSettings,
): TrainingPeaksClient {
  const { app } = settings;
  const userAgent = settings.userAgent ?? `${app.settings.clientId}/1.0`;
  const http = createHttpClient({
    provider: 'trainingpeaks',
    baseUrl: trainingpeaksUrls(app.environment).api,
    // TrainingPeaks requires `User-Agent: <app or client id>/<version>` on every API call.
    headers: { 'user-agent': userAgent },
    auth: connectionAuth({
      provider: 'trainingpeaks',
      store: settings.store,
      key: settings.key,
      refresher: app,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.refreshSkewMs !== undefined ? { skewMs: settings.refreshSkewMs } : {}),
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createTrainingPeaksRateLimitPolicy(),
    mapError: mapTrainingPeaksError,
    ...passThroughHttpSettings(settings),
  });

  let zone: Promise<string | null> | undefined;
  const context: TrainingPeaksContext = {
    http,
    maxRangeDays: settings.maxRangeDays ?? TRAININGPEAKS_MAX_RANGE_DAYS,
    uploadClient: settings.uploadClient ?? userAgent.split('/')[0] ?? userAgent,
    timeZone(options) {
      if (settings.timeZone) return Promise.resolve(settings.timeZone);
      zone ??= athlete.profile(options).then(
        (profile) => profile.TimeZone || null,
        (error: unknown) => {
          zone = undefined;
          // Without athlete:profile the zone is unknown: ranges are widened, times read as UTC.
          if (error instanceof AuthError) throw error;
          return null;
        },
      );
      return zone;
    },
  };
  const athlete = createAthleteResource(context);
  const workouts = createWorkoutsResource(context);
  const metrics = createMetricsResource(context);

  return {
    provider: 'trainingpeaks',
    athlete,
    workouts,
    metrics,
    files: createFilesResource(context),
    webhookSubscriptions: createWebhookSubscriptionsResource(context),
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
      const timeZone = await context.timeZone(range);
      const since = range.since?.getTime() ?? Number.NEGATIVE_INFINITY;
      const until = (range.until ?? new Date()).getTime();
      for await (const page of metrics.list(range).pages()) {
        for (const day of mapTrainingPeaksMetrics(page.items)) {
          // A day belongs to the range when its local midnight does.
          const start = resolveLocalTime(`${day.date}T00:00:00`, timeZone);
          const startMs = start ? Date.parse(start.startTime) : Number.NaN;
          if (startMs >= since && startMs < until) yield day;
        }
      }
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
