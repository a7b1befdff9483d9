import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  type RateLimitPolicy,
  systemClock,
  type TimeRange,
} from '@fitlink/core';
import type { SmashrunApp } from './app.js';
import { SMASHRUN_API_BASE_URL } from './endpoints.js';
import { mapSmashrunError } from './errors.js';
import { mapSmashrunActivity } from './mapper/to-activity.js';
import { createSmashrunRateLimitPolicy } from './rate-limit.js';
import {
  createSmashrunActivities,
  type SmashrunActivitiesResource,
} from './resources/activities.js';
import { createSmashrunBadges, type SmashrunBadgesResource } from './resources/badges.js';
import { createSmashrunBody, type SmashrunBodyResource } from './resources/body.js';
import { createSmashrunStats, type SmashrunStatsResource } from './resources/stats.js';
import { createSmashrunUser, type SmashrunUserResource } from './resources/user.js';

/** Settings of {@link createSmashrunClient}. */
export interface SmashrunClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app that refreshes the connection's tokens. */
  app: SmashrunApp;
  /**
   * The rate-limit policy. SmashRun counts per user: share one policy between clients of the
   * same connection. @defaultValue a new {@link createSmashrunRateLimitPolicy}()
   */
  rateLimitPolicy?: RateLimitPolicy;
  /** The API base URL. @defaultValue 'https://api.smashrun.com/v1/' */
  baseUrl?: string;
}

/** A SmashRun client for one connected user. */
export interface SmashrunClient extends ActivitySource {
  /** Always `'smashrun'`. */
  readonly provider: 'smashrun';
  /** Runs: list, search, get, latest, splits, polyline, notables, samples, upload. */
  readonly activities: SmashrunActivitiesResource;
  /** The authorized user. */
  readonly user: SmashrunUserResource;
  /** Lifetime, yearly and monthly statistics. */
  readonly stats: SmashrunStatsResource;
  /** Badges earned. */
  readonly badges: SmashrunBadgesResource;
  /** Body weight. */
  readonly body: SmashrunBodyResource;
  /** The underlying HTTP client, for endpoints fitlink does not wrap. */
  readonly http: HttpClient;
  /**
   * Normalized runs that started in `[since, until)`, newest first, every page. `since` is also
   * sent as `fromDate`, which keeps the request count low.
   *
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.startTime, activity.distanceMetres);
   * }
   * ```
   */
  listActivities(range?: TimeRange & CallOptions): AsyncIterable<Activity>;
}

/**
 * Creates a SmashRun client for one stored connection: bearer auth refreshed before expiry and
 * once after a 401 (single-flight; the new refresh token is stored before the retry), the
 * 250-per-hour policy, and validated answers.
 *
 * @example
 * ```ts
 * import { MemoryTokenStore } from '@fitlink/core';
 * import { createSmashrunApp, createSmashrunClient } from '@fitlink/smashrun';
 * const app = createSmashrunApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createSmashrunClient({ app, store: new MemoryTokenStore(), key: 'user-1' });
 * ```
 */
export function createSmashrunClient(settings: SmashrunClientSettings): SmashrunClient {
  const http = createHttpClient({
    provider: 'smashrun',
    baseUrl: settings.baseUrl ?? SMASHRUN_API_BASE_URL,
    auth: connectionAuth({
      provider: 'smashrun',
      store: settings.store,
      key: settings.key,
      refresher: settings.app,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createSmashrunRateLimitPolicy(),
    mapError: mapSmashrunError,
    ...passThroughHttpSettings(settings),
  });
  const activities = createSmashrunActivities(http);
  return {
    provider: 'smashrun',
    activities,
    user: createSmashrunUser(http),
    stats: createSmashrunStats(http),
    badges: createSmashrunBadges(http),
    body: createSmashrunBody(http),
    http,
    async *listActivities(range = {}) {
      const since = range.since?.getTime();
      const until = range.until?.getTime() ?? (settings.clock ?? systemClock).now();
      for await (const run of activities.list({ ...range, until: new Date(until) })) {
        const activity = mapSmashrunActivity(run);
        const start = Date.parse(activity.startTime);
        // fromDate selects runs *updated* since; an older run edited since is left out here.
        if (since !== undefined && start < since) continue;
        yield activity;
      }
    },
  };
}
