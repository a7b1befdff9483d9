import {
  type AsyncRateLimitPolicy,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  systemClock,
} from '@fitlink/core';
import type { PelotonApp } from './app.js';
import { PELOTON_API_BASE_URL, PELOTON_DEFAULT_USER_AGENT, PELOTON_PLATFORM } from './endpoints.js';
import { mapPelotonError } from './errors.js';
import { createPelotonRateLimitPolicy } from './rate-limit.js';
import {
  createInstructorsResource,
  type PelotonInstructorsResource,
} from './resources/instructors.js';
import { createRidesResource, type PelotonRidesResource } from './resources/rides.js';
import { createUserResource, type PelotonUserResource } from './resources/user.js';
import { createWorkoutsResource, type PelotonWorkoutsResource } from './resources/workouts.js';
import { createPelotonSources, type PelotonSources } from './sources.js';

/** Settings of {@link createPelotonClient}. */
export interface PelotonClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app that refreshes this connection's tokens. */
  app: PelotonApp;
  /** The API base URL. @defaultValue {@link PELOTON_API_BASE_URL} (`https://api.onepeloton.com`) */
  baseUrl?: string;
  /** Share one policy between clients of the same member. @defaultValue a new {@link createPelotonRateLimitPolicy} */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /** `User-Agent` header. @defaultValue a desktop Chrome string */
  userAgent?: string;
  /** The member id, when already known (saves the `/api/me` lookup). */
  userId?: string;
}

/**
 * A Peloton client for one connected member: the resources in Peloton's wire shape, and the
 * normalized reads of {@link PelotonSources} (core's `ActivitySource`, `ProfileSource` and
 * `SamplesSource`).
 */
export interface PelotonClient extends PelotonSources {
  /** The signed-in member. */
  readonly user: PelotonUserResource;
  /** The member's workouts. */
  readonly workouts: PelotonWorkoutsResource;
  /** Classes. */
  readonly rides: PelotonRidesResource;
  /** Instructors. */
  readonly instructors: PelotonInstructorsResource;
}

/**
 * Creates a Peloton client for one stored connection: bearer auth refreshed through the app
 * (proactively and after a 401, single-flight), `Peloton-Platform: web` and a browser-like
 * `User-Agent` on every call, Peloton's error bodies mapped, payloads validated.
 *
 * @param settings - The app, token store and connection key, and HTTP options.
 * @example
 * ```ts
 * import { createPelotonApp, createPelotonClient } from '@fitlink/peloton';
 * import { createMemoryTokenStore } from '@fitlink/core';
 * const app = createPelotonApp();
 * const store = createMemoryTokenStore();
 * await store.set('member-1', await app.login({ username, password }));
 * const client = createPelotonClient({ app, store, key: 'member-1' });
 * const me = await client.user.me();
 * ```
 */
export function createPelotonClient(settings: PelotonClientSettings): PelotonClient {
  const clock = settings.clock ?? systemClock;
  const http = createHttpClient({
    provider: 'peloton',
    baseUrl: settings.baseUrl ?? PELOTON_API_BASE_URL,
    auth: connectionAuth({
      provider: 'peloton',
      store: settings.store,
      key: settings.key,
      refresher: settings.app,
      clock,
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createPelotonRateLimitPolicy(),
    headers: {
      // Without it, outdoor workouts come back without their GPS track.
      'Peloton-Platform': PELOTON_PLATFORM,
      'User-Agent': settings.userAgent ?? PELOTON_DEFAULT_USER_AGENT,
    },
    clock,
    mapError: mapPelotonError,
    ...passThroughHttpSettings(settings),
  });
  const user = createUserResource(http, settings.userId);
  const workouts = createWorkoutsResource(http, (options) => user.id(options));

  return {
    ...createPelotonSources({ user, workouts }, { clock }),
    user,
    workouts,
    rides: createRidesResource(http),
    instructors: createInstructorsResource(http),
  };
}
