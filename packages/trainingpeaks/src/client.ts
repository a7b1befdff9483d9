import {
  type AsyncRateLimitPolicy,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  systemClock,
} from '@fitlink/core';
import type { TrainingPeaksApp } from './app.js';
import { TRAININGPEAKS_API_BASE_URL, TRAININGPEAKS_MAX_RANGE_DAYS } from './endpoints.js';
import { mapTrainingPeaksError } from './errors.js';
import { createTrainingPeaksRateLimitPolicy } from './rate-limit.js';
import { createAthleteResource, type TrainingPeaksAthleteResource } from './resources/athlete.js';
import { createTrainingPeaksContext } from './resources/context.js';
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
import { createTrainingPeaksSources, type TrainingPeaksSources } from './sources.js';

/** Settings of {@link createTrainingPeaksClient}. */
export interface TrainingPeaksClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app the connection was made with (its environment picks the API host). */
  app: TrainingPeaksApp;
  /**
   * The API base URL, instead of the app environment's host.
   * @defaultValue {@link TRAININGPEAKS_API_BASE_URL}`[app.environment]` (`https://api.sandbox.trainingpeaks.com/` or `https://api.trainingpeaks.com/`)
   */
  baseUrl?: string;
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
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /** Refresh this long before expiry. @defaultValue 60000 */
  refreshSkewMs?: number;
}

/** A client for one TrainingPeaks connection: the resources, and the normalized sources over them. */
export interface TrainingPeaksClient extends TrainingPeaksSources {
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
  const userAgent = settings.userAgent ?? `${app.clientId}/1.0`;
  const http = createHttpClient({
    provider: 'trainingpeaks',
    baseUrl: settings.baseUrl ?? TRAININGPEAKS_API_BASE_URL[app.environment],
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
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createTrainingPeaksRateLimitPolicy(),
    mapError: mapTrainingPeaksError,
    ...passThroughHttpSettings(settings),
  });
  const context = createTrainingPeaksContext({
    http,
    clock: settings.clock ?? systemClock,
    maxRangeDays: settings.maxRangeDays ?? TRAININGPEAKS_MAX_RANGE_DAYS,
    uploadClient: settings.uploadClient ?? userAgent.split('/')[0] ?? userAgent,
    timeZone: settings.timeZone,
    profile: (options) => athlete.profile(options),
  });
  const athlete = createAthleteResource(context);
  const workouts = createWorkoutsResource(context);
  const metrics = createMetricsResource(context);
  return {
    // `provider` and the normalized reads (getProfile, listActivities …) come from the sources.
    ...createTrainingPeaksSources({ athlete, workouts, metrics }, context),
    athlete,
    workouts,
    metrics,
    files: createFilesResource(context),
    webhookSubscriptions: createWebhookSubscriptionsResource(context),
  };
}
