import {
  type AsyncRateLimitPolicy,
  AuthError,
  type ConnectionSettings,
  createHttpClient,
  ErrorCodes,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  systemClock,
} from '@fitlink/core';
import type { CorosApp } from './app.js';
import { corosUrls } from './endpoints.js';
import { mapCorosError } from './errors.js';
import { parseCorosJson } from './json.js';
import { createCorosRateLimitPolicy } from './rate-limit.js';
import { corosConnectionAuth, corosOpenId } from './request-auth.js';
import { type CorosActivitiesResource, createCorosActivities } from './resources/activities.js';
import { type CorosDailyResource, createCorosDaily } from './resources/daily.js';
import { type CorosUserResource, createCorosUser } from './resources/user.js';
import { type CorosSources, createCorosSources } from './sources.js';

/** Settings of {@link createCorosClient}. */
export interface CorosClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The app that extends the connection's token (and whose environment the client uses). */
  app: CorosApp;
  /**
   * The rate-limit policy; share one per app. @defaultValue a new {@link createCorosRateLimitPolicy}()
   */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /** The API base URL. @defaultValue the app's environment (`https://open.coros.com/`) */
  baseUrl?: string;
}

/**
 * A COROS client for one connected user: the resources in COROS' wire shape, and
 * `listActivities`, `listSleep` and `listDailySummaries` in fitlink's normalized model.
 */
export interface CorosClient extends CorosSources {
  /** Always `'coros'`. */
  readonly provider: 'coros';
  /** Workouts: list, fresh FIT URL, FIT upload with polling. */
  readonly activities: CorosActivitiesResource;
  /** Daily data: sleep window, resting heart rate, HRV, steps. */
  readonly daily: CorosDailyResource;
  /** The user: binding state and profile. */
  readonly user: CorosUserResource;
  /** The underlying HTTP client, for endpoints fitlink does not wrap. */
  readonly http: HttpClient;
}

/**
 * Creates a COROS client for one stored connection: `token` and `openId` query parameters,
 * the token extended a day before it expires (single-flight; COROS keeps the same tokens),
 * `{result, message, data}` envelopes unwrapped into typed errors, 64-bit ids kept exact.
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createCorosApp, createCorosClient } from '@fitlink/coros';
 * const app = createCorosApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const client = createCorosClient({ app, store: createMemoryTokenStore(), key: 'user-1' });
 * ```
 */
export function createCorosClient(settings: CorosClientSettings): CorosClient {
  const clock = settings.clock ?? systemClock;
  const http = createHttpClient({
    provider: 'coros',
    baseUrl: settings.baseUrl ?? corosUrls(settings.app.environment).apiBaseUrl,
    auth: corosConnectionAuth({
      provider: 'coros',
      store: settings.store,
      key: settings.key,
      refresher: settings.app,
      clock,
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createCorosRateLimitPolicy(),
    mapError: mapCorosError,
    parseJson: parseCorosJson,
    ...passThroughHttpSettings(settings),
  });
  const openId = async () => {
    const tokens = await settings.store.get(settings.key);
    if (tokens === undefined) {
      throw new AuthError(`coros: no connection is stored under "${settings.key}"`, {
        code: ErrorCodes.notConnected,
        provider: 'coros',
      });
    }
    return corosOpenId(tokens);
  };
  const activities = createCorosActivities(http, { clock, openId });
  const daily = createCorosDaily(http);
  return {
    ...createCorosSources({ activities, daily }, { clock }),
    provider: 'coros',
    activities,
    daily,
    user: createCorosUser(http),
    http,
  };
}
