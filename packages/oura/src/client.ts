import {
  type AsyncRateLimitPolicy,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  systemClock,
} from '@fitlink/core';
import type { OuraApp } from './app.js';
import { OURA_API_BASE_URL } from './endpoints.js';
import { mapOuraError } from './errors.js';
import { createDailyResource } from './resources/daily.js';
import {
  createRingConfigurationsResource,
  createSessionsResource,
  createSleepResource,
  createTagsResource,
  createWorkoutsResource,
} from './resources/documents.js';
import { createHeartRateResource } from './resources/heart-rate.js';
import { createUserResource } from './resources/user.js';
import { createOuraSources, type OuraResources, type OuraSources } from './sources.js';

/** Settings of {@link createOuraClient}. */
export interface OuraClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The Oura app the connection belongs to: refreshes tokens and holds the rate-limit budget. */
  app: OuraApp;
  /** The API base URL. @defaultValue {@link OURA_API_BASE_URL} (`https://api.ouraring.com/`) */
  baseUrl?: string;
  /** The rate-limit budget. @defaultValue the app's `rateLimitPolicy` */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/** A client for one Oura connection: typed API v2 resources and normalized cross-provider lists. */
export interface OuraClient extends OuraResources, OuraSources {
  /** The connection's HTTP client (auth, refresh, rate limits), for routes not wrapped here. */
  readonly http: HttpClient;
}

/**
 * Creates a client for one stored Oura connection. Tokens are refreshed before expiry and once
 * after a 401, single-flight, with the rotated (single-use) refresh token stored before it is
 * used; `Retry-After` and `X-RateLimit-*` are honoured.
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createOuraApp, createOuraClient } from '@fitlink/oura';
 *
 * const app = createOuraApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createOuraClient({ app, store: createMemoryTokenStore(), key: 'user-1' });
 * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
 *   console.log(activity.sport);
 * }
 * ```
 * @see https://cloud.ouraring.com/v2/docs
 */
export function createOuraClient(settings: OuraClientSettings): OuraClient {
  const { app } = settings;
  const http = createHttpClient({
    provider: 'oura',
    baseUrl: settings.baseUrl ?? OURA_API_BASE_URL,
    auth: connectionAuth({
      provider: 'oura',
      store: settings.store,
      key: settings.key,
      refresher: app,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? app.rateLimitPolicy,
    mapError: mapOuraError,
    ...passThroughHttpSettings(settings),
  });
  const resources: OuraResources = {
    daily: createDailyResource(http),
    sleep: createSleepResource(http),
    workouts: createWorkoutsResource(http),
    sessions: createSessionsResource(http),
    tags: createTagsResource(http),
    heartRate: createHeartRateResource(http),
    rings: createRingConfigurationsResource(http),
    user: createUserResource(http),
  };
  return { ...createOuraSources(resources, settings.clock ?? systemClock), http, ...resources };
}
