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
import type { WhoopApp } from './app.js';
import { WHOOP_API_BASE_URL } from './endpoints.js';
import { mapWhoopError } from './errors.js';
import { createCyclesResource } from './resources/cycles.js';
import { createRecoveryResource } from './resources/recovery.js';
import { createSleepResource } from './resources/sleep.js';
import { createUserResource } from './resources/user.js';
import { createWorkoutsResource } from './resources/workouts.js';
import { createWhoopSources, type WhoopResources, type WhoopSources } from './sources.js';

/** Settings of {@link createWhoopClient}. */
export interface WhoopClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The WHOOP app the connection belongs to: refreshes tokens and holds the rate-limit budget. */
  app: WhoopApp;
  /** The API base URL. @defaultValue {@link WHOOP_API_BASE_URL} (`https://api.prod.whoop.com/developer/`) */
  baseUrl?: string;
  /** The rate-limit budget. @defaultValue the app's `rateLimitPolicy` (WHOOP counts per app) */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/** A client for one WHOOP connection: typed v2 resources and normalized cross-provider lists. */
export interface WhoopClient extends WhoopResources, WhoopSources {
  /** The connection's HTTP client (auth, refresh, rate limits), for routes not wrapped here. */
  readonly http: HttpClient;
}

/**
 * Creates a client for one stored WHOOP connection. Tokens are refreshed before expiry and once
 * after a 401, single-flight, with the rotated refresh token stored before it is used; the
 * app's rate-limit budget is read from WHOOP's `X-RateLimit-*` headers.
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createWhoopApp, createWhoopClient } from '@fitlink/whoop';
 *
 * const app = createWhoopApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createWhoopClient({ app, store: createMemoryTokenStore(), key: 'user-1' });
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
    baseUrl: settings.baseUrl ?? WHOOP_API_BASE_URL,
    auth: connectionAuth({
      provider: 'whoop',
      store: settings.store,
      key: settings.key,
      refresher: app,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? app.rateLimitPolicy,
    mapError: mapWhoopError,
    ...passThroughHttpSettings(settings),
  });
  const resources: WhoopResources = {
    cycles: createCyclesResource(http),
    recovery: createRecoveryResource(http),
    sleep: createSleepResource(http),
    workouts: createWorkoutsResource(http),
    user: createUserResource(http),
  };
  return { ...createWhoopSources(resources, settings.clock ?? systemClock), http, ...resources };
}
