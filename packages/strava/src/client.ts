import {
  type Activity,
  type ActivitySource,
  AuthError,
  type CallOptions,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  ErrorCodes,
  type HttpClient,
  isExpired,
  type Profile,
  type ProviderClientOptions,
  passThroughHttpSettings,
  type RateLimitPolicy,
  type RetrySettings,
  type Samples,
  systemClock,
  type TimeRange,
} from '@fitlink/core';
import type { StravaApp } from './app.js';
import { STRAVA_API_BASE_URL } from './endpoints.js';
import { mapStravaError } from './errors.js';
import { parseStravaJson } from './json.js';
import { mapStravaActivity } from './mapper/to-activity.js';
import { mapStravaAthlete } from './mapper/to-profile.js';
import { mapStravaStreams } from './mapper/to-samples.js';
import { createStravaRateLimitPolicy } from './rate-limit.js';
import { createStravaRequester, type StravaCallOptions, type StravaRequester } from './request.js';
import { createActivitiesResource, type StravaActivitiesResource } from './resources/activities.js';
import { createAthleteResource, type StravaAthleteResource } from './resources/athlete.js';
import { createUploadsResource, type StravaUploadsResource } from './resources/uploads.js';
import type { StravaId } from './schemas/common.js';

/** Settings of {@link createStravaClient}. */
export interface StravaClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The Strava app, which refreshes the connection's tokens. */
  app: StravaApp;
  /**
   * Longest wait for a spent 15-minute budget before `RateLimitError`. A spent daily budget
   * always throws. @defaultValue 900000 (one 15-minute window)
   */
  maxRateLimitWaitMs?: number;
  /**
   * The rate-limit policy. Strava counts per application: share one policy between the clients
   * of every athlete. @defaultValue a new `createStravaRateLimitPolicy()`
   */
  rateLimitPolicy?: RateLimitPolicy;
  /** Retries of 5xx and network errors on idempotent requests. @defaultValue `{ limit: 2 }` */
  retry?: RetrySettings;
}

/** A client for one connected Strava athlete. */
export interface StravaClient extends ActivitySource {
  /** Always `'strava'`. */
  readonly provider: 'strava';
  /** The connected athlete: profile, zones, stats. */
  readonly athlete: StravaAthleteResource;
  /** Activities: list, detail, laps, zones, streams, manual creation. */
  readonly activities: StravaActivitiesResource;
  /** File uploads. */
  readonly uploads: StravaUploadsResource;
  /** The underlying HTTP client, for endpoints the package does not wrap. */
  readonly http: HttpClient;
  /**
   * Normalized activities that started in `[since, until)`, every page, 200 per request.
   *
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01') })) console.log(activity.sport);
   * ```
   */
  listActivities(range?: TimeRange & CallOptions): AsyncIterable<Activity>;
  /**
   * The athlete as a normalized profile.
   *
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * ```
   */
  getProfile(options?: StravaCallOptions): Promise<Profile>;
  /**
   * An activity's streams as normalized samples (two requests: the activity, then its streams).
   *
   * @example
   * ```ts
   * const samples = await client.getSamples('154504250376823');
   * ```
   */
  getSamples(id: StravaId, options?: StravaCallOptions): Promise<Samples>;
  /**
   * Deauthorizes the app for this athlete and deletes the stored tokens.
   *
   * @throws {@link @fitlink/core!AuthError} `not_connected` when no tokens are stored.
   * @example
   * ```ts
   * await client.deauthorize();
   * ```
   */
  deauthorize(options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates a client for one connected athlete: bearer auth with proactive and on-401 refresh
 * (single-flight, the rotated refresh token stored before the retry), Strava's rate-limit
 * policy, int64-safe JSON, and validated, typed resources.
 *
 * @see https://developers.strava.com/docs/reference/
 * @example
 * ```ts
 * const client = createStravaClient({ app, store, key: 'athlete-1' });
 * for await (const activity of client.listActivities({ since: new Date('2026-11-01') })) {
 *   console.log(activity.startTime, activity.sport, activity.distanceMetres);
 * }
 * ```
 */
export function createStravaClient(settings: StravaClientSettings): StravaClient {
  const clock = settings.clock ?? systemClock;
  const { app, store, key } = settings;
  const http = createHttpClient({
    provider: 'strava',
    baseUrl: `${STRAVA_API_BASE_URL}/`,
    auth: connectionAuth({
      provider: 'strava',
      store,
      key,
      refresher: app,
      clock,
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createStravaRateLimitPolicy(),
    maxRateLimitWaitMs: settings.maxRateLimitWaitMs ?? 900_000,
    mapError: mapStravaError,
    ...passThroughHttpSettings(settings),
    clock,
    ...(settings.retry ? { retry: settings.retry } : {}),
    // Strava's ids pass 2^53: JSON.parse would round them.
    parseJson: parseStravaJson,
  });
  const request: StravaRequester = createStravaRequester(http);
  const athlete = createAthleteResource(request);
  const activities = createActivitiesResource(request);
  const uploads = createUploadsResource(request, clock);

  return {
    provider: 'strava',
    athlete,
    activities,
    uploads,
    http,
    async *listActivities(range = {}) {
      const until = range.until ?? new Date(clock.now());
      const since = range.since;
      const pages = activities.list({ ...range, until, ...(since ? { since } : {}) });
      for await (const summary of pages) {
        const activity = mapStravaActivity(summary);
        const start = Date.parse(activity.startTime);
        // Strava filters by whole seconds; keep [since, until) exact.
        if (start >= until.getTime() || (since && start < since.getTime())) continue;
        yield activity;
      }
    },
    async getProfile(options) {
      return mapStravaAthlete(await athlete.get(options));
    },
    async getSamples(id, options = {}) {
      const activity = await activities.get(id, options);
      const streams = await activities.streams(id, options);
      return mapStravaStreams(streams, activity);
    },
    async deauthorize(options = {}) {
      let tokens = await store.get(key);
      if (!tokens) {
        throw new AuthError(`No tokens are stored for connection "${key}"`, {
          provider: 'strava',
          code: ErrorCodes.notConnected,
        });
      }
      // Strava refuses an expired access token here; refresh it first.
      if (isExpired(tokens, clock.now()) && tokens.refreshToken) {
        tokens = await app.refresh(tokens, options);
        await store.set(key, tokens);
      }
      await app.deauthorize(tokens, options);
      await store.delete(key);
    },
  };
}
