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
import type { PolarApp } from './app.js';
import { POLAR_API_BASE_URL } from './endpoints.js';
import { mapPolarError } from './errors.js';
import {
  createActivityResource,
  createContinuousSamplesResource,
  createNightlyRechargeResource,
  createSleepsResource,
} from './resources/collections.js';
import { createSportsResource } from './resources/sports.js';
import { createTrainingSessionsResource } from './resources/training-sessions.js';
import { createPolarSources, type PolarResources, type PolarSources } from './sources.js';

/** Settings of {@link createPolarClient}. */
export interface PolarClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The Polar app the connection belongs to: refreshes tokens and holds the rate-limit budget. */
  app: PolarApp;
  /** The v4 data API base URL. @defaultValue {@link POLAR_API_BASE_URL} (`https://www.polaraccesslink.com/v4/data/`) */
  baseUrl?: string;
  /** The rate-limit budget. @defaultValue the app's `rateLimitPolicy` (Polar counts per client) */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /**
   * Longest wait for a spent 15-minute budget before `RateLimitError`. A spent 24-hour budget
   * always throws. @defaultValue 900000 (one 15-minute window)
   */
  maxRateLimitWaitMs?: number;
}

/** A client for one Polar AccessLink v4 connection: typed resources and normalized lists. */
export interface PolarClient extends PolarResources, PolarSources {
  /** The connection's HTTP client (auth, refresh, rate limits), for routes not wrapped here. */
  readonly http: HttpClient;
}

/**
 * Creates a client for one stored Polar AccessLink v4 connection (no user registration: v4
 * reads with the user's token alone). Tokens are refreshed before their 12 hours run out and
 * once after a 401, single-flight, with a new refresh token stored before it is used; the
 * app's budget reads Polar's `RateLimit-*` headers.
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createPolarApp, createPolarClient } from '@fitlink/polar';
 *
 * const app = createPolarApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createPolarClient({ app, store: createMemoryTokenStore(), key: 'user-1' });
 * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
 *   console.log(activity.sport);
 * }
 * ```
 * @see https://www.polar.com/polar-api-v4/
 */
export function createPolarClient(settings: PolarClientSettings): PolarClient {
  const { app } = settings;
  const http = createHttpClient({
    provider: 'polar',
    baseUrl: settings.baseUrl ?? POLAR_API_BASE_URL,
    auth: connectionAuth({
      provider: 'polar',
      store: settings.store,
      key: settings.key,
      refresher: app,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? app.rateLimitPolicy,
    mapError: mapPolarError,
    ...passThroughHttpSettings(settings),
    maxRateLimitWaitMs: settings.maxRateLimitWaitMs ?? 900_000,
  });
  const resources: PolarResources = {
    trainingSessions: createTrainingSessionsResource(http),
    activity: createActivityResource(http),
    sleeps: createSleepsResource(http),
    nightlyRecharge: createNightlyRechargeResource(http),
    continuousSamples: createContinuousSamplesResource(http),
    sports: createSportsResource(http),
  };
  return { ...createPolarSources(resources, settings.clock ?? systemClock), http, ...resources };
}
