import {
  type AsyncRateLimitPolicy,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
} from '@fitlink/core';
import type { SmashrunApp } from './app.js';
import { SMASHRUN_API_BASE_URL } from './endpoints.js';
import { mapSmashrunError } from './errors.js';
import { createSmashrunRateLimitPolicy } from './rate-limit.js';
import {
  createSmashrunActivities,
  type SmashrunActivitiesResource,
} from './resources/activities.js';
import { createSmashrunBadges, type SmashrunBadgesResource } from './resources/badges.js';
import { createSmashrunBody, type SmashrunBodyResource } from './resources/body.js';
import { createSmashrunStats, type SmashrunStatsResource } from './resources/stats.js';
import { createSmashrunUser, type SmashrunUserResource } from './resources/user.js';
import { createSmashrunSources, type SmashrunSources } from './sources.js';

/** Settings of {@link createSmashrunClient}. */
export interface SmashrunClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app that refreshes the connection's tokens. */
  app: SmashrunApp;
  /**
   * The rate-limit policy. SmashRun counts per user: share one policy between clients of the
   * same connection. @defaultValue a new {@link createSmashrunRateLimitPolicy}()
   */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /** The API base URL. @defaultValue {@link SMASHRUN_API_BASE_URL} (`https://api.smashrun.com/v1/`) */
  baseUrl?: string;
}

/**
 * A SmashRun client for one connected user: the resources in SmashRun's wire shape, and
 * `listActivities`, `getProfile` and `getSamples` in fitlink's normalized model.
 */
export interface SmashrunClient extends SmashrunSources {
  /** Always `'smashrun'`. */
  readonly provider: 'smashrun';
  /** Runs: list, search, get, latest, splits, polyline, notables, upload. */
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
}

/**
 * Creates a SmashRun client for one stored connection: bearer auth refreshed before expiry and
 * once after a 401 (single-flight; the new refresh token is stored before the retry), the
 * 250-per-hour policy, and validated answers.
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createSmashrunApp, createSmashrunClient } from '@fitlink/smashrun';
 * const app = createSmashrunApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createSmashrunClient({ app, store: createMemoryTokenStore(), key: 'user-1' });
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
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createSmashrunRateLimitPolicy(),
    mapError: mapSmashrunError,
    ...passThroughHttpSettings(settings),
  });
  const activities = createSmashrunActivities(http);
  const user = createSmashrunUser(http);
  return {
    ...createSmashrunSources({ activities, user }, settings.clock ? { clock: settings.clock } : {}),
    provider: 'smashrun',
    activities,
    user,
    stats: createSmashrunStats(http),
    badges: createSmashrunBadges(http),
    body: createSmashrunBody(http),
    http,
  };
}
