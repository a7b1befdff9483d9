import {
  createProviderApiStats,
  createProviderSandboxPlugin,
  type ProviderApiStats,
  type ProviderSandboxPlugin,
  SANDBOX_CLIENT,
} from '@fitlink/testing';
import { GARMIN_AUTHORIZE_URL } from '../endpoints.js';
import { createGarminFake, type GarminFake } from './fake.js';
import {
  createGarminHandlers,
  createGarminSandboxKnobs,
  type GarminSandboxKnobs,
} from './handlers.js';
import {
  createGarminLegacyHandlers,
  createGarminLegacyState,
  type GarminLegacyState,
} from './oauth1-handlers.js';

/** Options of {@link garminSandboxPlugin}. */
export interface GarminSandboxOptions {
  /** The timeline's end, epoch ms; fix it in tests. @defaultValue Date.now() */
  now?: number;
  /** Days of history (the shared timeline's). @defaultValue 90 */
  days?: number;
  /** Clock of token expiry, epoch ms. @defaultValue Date.now */
  clock?: () => number;
  /** Access token lifetime, seconds. @defaultValue 86400 (Garmin's 24 h) */
  accessTokenTtlSeconds?: number;
}

/** The Garmin sandbox's knobs: the API's switches and the legacy OAuth 1.0a state. */
export interface GarminSandboxPluginKnobs extends GarminSandboxKnobs {
  /** OAuth 1.0a connections and token exchanges. */
  readonly legacy: GarminLegacyState;
}

/** The Garmin sandbox plugin: the handle every provider shares. */
export type GarminSandboxPlugin = ProviderSandboxPlugin<
  'garmin',
  GarminFake,
  GarminSandboxPluginKnobs,
  ProviderApiStats
>;

/** Hosts the plugin serves. */
export const GARMIN_SANDBOX_HOSTS = [
  'connect.garmin.com',
  'diauth.garmin.com',
  'apis.garmin.com',
  'connectapi.garmin.com',
] as const;

/**
 * The Garmin sandbox: OAuth 2 with PKCE required (consent on `connect.garmin.com`, tokens on
 * `diauth.garmin.com` with the client secret in the form body, 24 h access tokens, a new
 * refresh token on every refresh), the legacy OAuth 1.0a endpoints and the token exchange, and
 * the API on `apis.garmin.com` (user id, permissions, registration, backfill, callback pulls,
 * activity files) rendering the shared timeline. Notifications are sent by
 * {@link createGarminEmitter} to the app's webhook URL.
 *
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { garminSandboxPlugin } from '@fitlink/garmin/testing';
 * const sandbox = createSandbox({ providers: [garminSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') })] });
 * ```
 */
export function garminSandboxPlugin(options: GarminSandboxOptions = {}): GarminSandboxPlugin {
  const clock = options.clock;
  const knobs: GarminSandboxPluginKnobs = {
    ...createGarminSandboxKnobs(),
    legacy: createGarminLegacyState(),
  };
  return createProviderSandboxPlugin({
    id: 'garmin',
    hosts: GARMIN_SANDBOX_HOSTS,
    knobs,
    stats: createProviderApiStats(),
    authorization: () => ({
      baseUrl: 'https://diauth.garmin.com',
      authorizePath: GARMIN_AUTHORIZE_URL,
      tokenPath: '/di-oauth2-service/oauth/token',
      // Garmin has no revocation endpoint (DELETE user/registration instead).
      revokePath: null,
      clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_post' }],
      requirePkce: true,
      refreshTokenOnRefresh: 'rotate',
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 86_400,
      tokenResponseExtras: () => ({ refresh_token_expires_in: 7_775_998 }),
      ...(clock ? { now: clock } : {}),
    }),
    data: ({ seed }) =>
      createGarminFake({
        seed,
        ...(options.now !== undefined ? { now: options.now } : {}),
        ...(options.days !== undefined ? { days: options.days } : {}),
      }),
    api: ({ auth, data, stats, context }) => [
      ...createGarminHandlers({ auth, data, knobs, stats, validate: context.validateAnswers }),
      ...createGarminLegacyHandlers(auth, knobs.legacy),
    ],
  });
}
