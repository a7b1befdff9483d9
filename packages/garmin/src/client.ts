import {
  type AsyncRateLimitPolicy,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
} from '@fitlink/core';
import type { GarminApp } from './app.js';
import { GARMIN_API_BASE_URL } from './endpoints.js';
import { mapGarminError } from './errors.js';
import { createGarminRateLimitPolicy } from './rate-limit.js';
import { createGarminRecordSet, type GarminRecordSet } from './record-set.js';
import {
  createGarminActivityFiles,
  type GarminActivityFilesResource,
} from './resources/activity-files.js';
import { createGarminBackfill, type GarminBackfillResource } from './resources/backfill.js';
import { createGarminSummaries, type GarminSummariesResource } from './resources/summaries.js';
import { createGarminUser, type GarminUserResource } from './resources/user.js';
import { createGarminSources, type GarminSources } from './sources.js';

/** Settings of {@link createGarminClient}. */
export interface GarminClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app that refreshes the connection's tokens. */
  app: GarminApp;
  /** The rate-limit policy; share one per app. @defaultValue a new {@link createGarminRateLimitPolicy}() */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /** The API base URL. @defaultValue {@link GARMIN_API_BASE_URL} */
  baseUrl?: string;
  /**
   * Check the user's permissions (`GET user/permissions`, cached) before calls that need one,
   * throwing `GarminMissingPermissionError` instead of sending a request bound to fail.
   * @defaultValue true
   */
  checkPermissions?: boolean;
  /**
   * The received summaries the normalized lists read (Garmin pushes; nothing is pulled).
   * @defaultValue a new in-memory {@link createGarminRecordSet}()
   */
  records?: GarminRecordSet;
}

/**
 * A Garmin client for one connected user: identity and permissions, callback pulls, activity
 * file downloads and backfill; and `listActivities`, `listSleep`, `listDailySummaries` over the
 * summaries the app received.
 */
export interface GarminClient extends GarminSources {
  /** Always `'garmin'`. */
  readonly provider: 'garmin';
  /** The user id, permissions and registration. */
  readonly user: GarminUserResource;
  /** Callback pulls (a ping's URL, verbatim) and windows by upload time. */
  readonly summaries: GarminSummariesResource;
  /** Single-use activity file downloads. */
  readonly activityFiles: GarminActivityFilesResource;
  /** History, requested now, delivered later as pushes or pings. */
  readonly backfill: GarminBackfillResource;
  /** The received summaries the normalized lists read. */
  readonly records: GarminRecordSet;
  /** The underlying HTTP client, for endpoints fitlink does not wrap. */
  readonly http: HttpClient;
}

/**
 * Creates a Garmin client for one stored connection: bearer auth refreshed before the 24 h
 * expiry and once after a 401 (single-flight; Garmin's new refresh token stored before use).
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createGarminApp, createGarminClient } from '@fitlink/garmin';
 * const app = createGarminApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createGarminClient({ app, store: createMemoryTokenStore(), key: 'user-1' });
 * ```
 */
export function createGarminClient(settings: GarminClientSettings): GarminClient {
  const baseUrl = settings.baseUrl ?? GARMIN_API_BASE_URL;
  const auth = connectionAuth({
    provider: 'garmin',
    store: settings.store,
    key: settings.key,
    refresher: settings.app,
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.hooks ? { hooks: settings.hooks } : {}),
    ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
  });
  const http = createHttpClient({
    provider: 'garmin',
    baseUrl,
    auth,
    rateLimit: settings.rateLimitPolicy ?? createGarminRateLimitPolicy(),
    mapError: mapGarminError,
    ...passThroughHttpSettings(settings),
  });
  const checkPermissions = settings.checkPermissions ?? true;
  const user = createGarminUser(http);
  const records = settings.records ?? createGarminRecordSet();
  return {
    ...createGarminSources(records, settings.clock ? { clock: settings.clock } : {}),
    provider: 'garmin',
    user,
    summaries: createGarminSummaries(http, user, baseUrl, checkPermissions),
    activityFiles: createGarminActivityFiles(http, baseUrl),
    backfill: createGarminBackfill(http, user, {
      ...(settings.clock ? { clock: settings.clock } : {}),
      checkPermissions,
    }),
    records,
    http,
  };
}
