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
import type { GoogleHealthApp } from './app.js';
import { type GoogleHealthChannel, googleHealthApiBaseUrl } from './endpoints.js';
import { mapGoogleHealthError } from './errors.js';
import { createGoogleHealthDataPoints } from './resources/data-points.js';
import { createGoogleHealthUsers } from './resources/users.js';
import {
  createGoogleHealthSources,
  type GoogleHealthResources,
  type GoogleHealthSources,
} from './sources.js';

/** Settings of {@link createGoogleHealthClient}. */
export interface GoogleHealthClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app the connection belongs to: refreshes tokens and holds the rate-limit budget. */
  app: GoogleHealthApp;
  /**
   * The API channel: `v4` (stable) or `v4beta` (public beta, a superset that may break).
   * @defaultValue 'v4'
   */
  channel?: GoogleHealthChannel;
  /** The API base URL; overrides `channel`. @defaultValue `https://health.googleapis.com/<channel>/` */
  baseUrl?: string;
  /** The rate-limit budget. @defaultValue the app's `rateLimitPolicy` (Google counts per project) */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/** A client for one Google Health connection: typed resources and normalized lists. */
export interface GoogleHealthClient extends GoogleHealthResources, GoogleHealthSources {
  /** The connection's HTTP client (auth, refresh, rate limits), for routes not wrapped here. */
  readonly http: HttpClient;
}

/**
 * Creates a client for one stored Google Health connection. Tokens are refreshed before expiry
 * and once after a 401, single-flight (20 concurrent calls on an expired token make one
 * refresh); a 410 (a Fitbit token or URL) is a `FitbitShutdownError`.
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createGoogleHealthApp, createGoogleHealthClient } from '@fitlink/google-health';
 *
 * const app = createGoogleHealthApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createGoogleHealthClient({ app, store: createMemoryTokenStore(), key: 'user-1' });
 * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
 *   console.log(activity.sport);
 * }
 * ```
 * @see https://developers.google.com/health/reference/rest
 */
export function createGoogleHealthClient(settings: GoogleHealthClientSettings): GoogleHealthClient {
  const { app } = settings;
  const http = createHttpClient({
    provider: 'google-health',
    baseUrl: settings.baseUrl ?? googleHealthApiBaseUrl(settings.channel ?? 'v4'),
    auth: connectionAuth({
      provider: 'google-health',
      store: settings.store,
      key: settings.key,
      refresher: app,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? app.rateLimitPolicy,
    mapError: mapGoogleHealthError,
    ...passThroughHttpSettings(settings),
  });
  const resources: GoogleHealthResources = {
    dataPoints: createGoogleHealthDataPoints(http),
    users: createGoogleHealthUsers(http),
  };
  return {
    ...createGoogleHealthSources(resources, settings.clock ?? systemClock),
    http,
    ...resources,
  };
}
