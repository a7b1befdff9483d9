import {
  type AsyncRateLimitPolicy,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  type RetrySettings,
  systemClock,
} from '@fitlink/core';
import type { StravaApp } from './app.js';
import { deauthorizeStravaConnection } from './deauthorize.js';
import { STRAVA_API_BASE_URL, type STRAVA_API_V3_BASE_URL } from './endpoints.js';
import { mapStravaError } from './errors.js';
import { parseStravaJson } from './json.js';
import { createStravaRateLimitPolicy } from './rate-limit.js';
import { createStravaRequester } from './request.js';
import { createActivitiesResource, type StravaActivitiesResource } from './resources/activities.js';
import { createAthleteResource, type StravaAthleteResource } from './resources/athlete.js';
import { createUploadsResource, type StravaUploadsResource } from './resources/uploads.js';
import { createStravaSources, type StravaSources } from './sources.js';

/** Settings of {@link createStravaClient}. */
export interface StravaClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The Strava app, which refreshes the connection's tokens. */
  app: StravaApp;
  /**
   * The API base URL. Opt in to Strava's new host with {@link STRAVA_API_V3_BASE_URL}
   * (available from 2027-01-04).
   * @defaultValue {@link STRAVA_API_BASE_URL} (`https://www.strava.com/api/v3`)
   */
  baseUrl?: string;
  /**
   * Longest wait for a spent 15-minute budget before `RateLimitError`. A spent daily budget
   * always throws. @defaultValue 900000 (one 15-minute window)
   */
  maxRateLimitWaitMs?: number;
  /**
   * The rate-limit policy. Strava counts per application: share one policy between the clients
   * of every athlete. @defaultValue a new `createStravaRateLimitPolicy()`
   */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /** Retries of 5xx and network errors on idempotent requests. @defaultValue `{ limit: 2 }` */
  retry?: RetrySettings;
}

/**
 * A client for one connected Strava athlete: the wire-typed resources, and the normalized
 * sources ({@link StravaSources}) over them.
 */
export interface StravaClient extends StravaSources {
  /** The connected athlete: profile, zones, stats. */
  readonly athlete: StravaAthleteResource;
  /** Activities: list, detail, laps, zones, streams, manual creation. */
  readonly activities: StravaActivitiesResource;
  /** File uploads. */
  readonly uploads: StravaUploadsResource;
  /** The underlying HTTP client, for endpoints the package does not wrap. */
  readonly http: HttpClient;
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
    baseUrl: settings.baseUrl ?? STRAVA_API_BASE_URL,
    auth: connectionAuth({
      provider: 'strava',
      store,
      key,
      refresher: app,
      clock,
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
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
  const request = createStravaRequester(http);
  const athlete = createAthleteResource(request);
  const activities = createActivitiesResource(request);
  const uploads = createUploadsResource(request, clock);

  return {
    ...createStravaSources({ athlete, activities }, { clock }),
    athlete,
    activities,
    uploads,
    http,
    deauthorize: (options = {}) => deauthorizeStravaConnection({ app, store, key, clock }, options),
  };
}
