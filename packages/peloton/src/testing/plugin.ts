import {
  createProviderApiStats,
  createProviderSandboxPlugin,
  createWindowBudget,
  type ProviderSandboxPlugin,
  SANDBOX_PUBLIC_CLIENT,
} from '@fitlink/testing';
import {
  PELOTON_API_BASE_URL,
  PELOTON_AUTH_BASE_URL,
  PELOTON_REDIRECT_URI,
  PELOTON_WEB_CLIENT_ID,
} from '../endpoints.js';
import { PELOTON_DEFAULT_SCOPES, PELOTON_SCOPES } from '../scopes.js';
import {
  createPelotonAuthPages,
  type PelotonAuthKnobs,
  type PelotonAuthStats,
} from './auth-pages.js';
import {
  PELOTON_SANDBOX_INTERNAL_AUTHORIZE_PATH,
  PELOTON_SANDBOX_PASSWORD,
  PELOTON_SANDBOX_USER_ID,
  PELOTON_SANDBOX_USERNAME,
} from './constants.js';
import { createPelotonFake, type PelotonFake } from './fake.js';
import { createPelotonHandlers, type PelotonApiKnobs, type PelotonApiStats } from './handlers.js';

/** Settings of {@link pelotonSandboxPlugin}. */
export interface PelotonSandboxPluginOptions {
  /** End of the sandbox timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** The member's unit preference. @defaultValue 'imperial' */
  units?: 'imperial' | 'metric';
  /** Lifetime of access tokens, seconds. @defaultValue 172800 (Peloton's ~48 h) */
  accessTokenTtlSeconds?: number;
  /**
   * API requests a minute before Cloudflare answers 429 (`knobs.rateLimit.limits.minute`).
   * Peloton publishes no number: the default is well above what the tests, examples and demo
   * send, so only a test that spends or lowers the budget meets it.
   * @defaultValue 1000
   */
  requestsPerMinute?: number;
  /** Clock of token expiry and the rate-limit window, epoch ms. @defaultValue Date.now */
  clock?: () => number;
}

/** Every knob of the Peloton sandbox, writable at any time. */
export interface PelotonSandboxKnobs extends PelotonAuthKnobs, PelotonApiKnobs {}

/** Counters of the Peloton sandbox: the API's and the login pages'. */
export interface PelotonSandboxStats extends PelotonAuthStats, PelotonApiStats {}

/**
 * The Peloton sandbox plugin: the handle every provider shares. `data` is the member's
 * {@link PelotonFake}, `knobs` the login pages' switches and Cloudflare's `rateLimit` budget,
 * `stats` the API counters (with `missingPlatformHeader`) and the login pages' counters, `auth`
 * the authorization server behind the Auth0 pages.
 */
export type PelotonSandboxPlugin = ProviderSandboxPlugin<
  'peloton',
  PelotonFake,
  PelotonSandboxKnobs,
  PelotonSandboxStats
>;

/**
 * The Peloton sandbox: Auth0's login pages and token endpoint on `auth.onepeloton.com` (the
 * sandbox member logs in with {@link PELOTON_SANDBOX_USERNAME} / {@link PELOTON_SANDBOX_PASSWORD})
 * and the member API on `api.onepeloton.com`, rendering the shared timeline's indoor rides,
 * treadmill and outdoor runs, rows, strength, yoga and meditation in Peloton's shape.
 *
 * @param options - Timeline end and length, units, token lifetime, rate limit and clock.
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { pelotonSandboxPlugin } from '@fitlink/peloton/testing';
 * const sandbox = createSandbox({ providers: [pelotonSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') })] });
 * ```
 */
export function pelotonSandboxPlugin(
  options: PelotonSandboxPluginOptions = {},
): PelotonSandboxPlugin {
  const clock = options.clock;
  return createProviderSandboxPlugin({
    id: 'peloton',
    hosts: [new URL(PELOTON_API_BASE_URL).host, new URL(PELOTON_AUTH_BASE_URL).host],
    knobs: {
      loginPage: 'universal',
      loginAnswer: 'hidden-form',
      wrongPasswordAnswer: 'page',
      username: PELOTON_SANDBOX_USERNAME,
      password: PELOTON_SANDBOX_PASSWORD,
      rateLimit: createWindowBudget({
        windows: [
          {
            name: 'minute',
            limit: options.requestsPerMinute ?? 1000,
            windowMs: 60_000,
            align: 'first-request',
          },
        ],
        ...(clock ? { now: clock } : {}),
      }),
    },
    stats: {
      ...createProviderApiStats(),
      missingPlatformHeader: 0,
      loginAttempts: 0,
      wrongPasswords: 0,
      rejectedRequests: 0,
    },
    authorization: () => ({
      baseUrl: PELOTON_AUTH_BASE_URL,
      authorizePath: PELOTON_SANDBOX_INTERNAL_AUTHORIZE_PATH,
      tokenPath: '/oauth/token',
      revokePath: '/oauth/revoke',
      clients: [
        {
          clientId: PELOTON_WEB_CLIENT_ID,
          authMethod: 'none',
          redirectUris: [PELOTON_REDIRECT_URI],
        },
        SANDBOX_PUBLIC_CLIENT,
      ],
      users: [{ id: PELOTON_SANDBOX_USER_ID, name: 'Sandy Box' }],
      supportedScopes: Object.keys(PELOTON_SCOPES),
      defaultScope: [...PELOTON_DEFAULT_SCOPES],
      requirePkce: true,
      refreshTokenOnRefresh: 'rotate',
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 172_800,
      ...(clock ? { now: clock } : {}),
    }),
    data: ({ seed }) =>
      createPelotonFake({
        seed,
        now: options.now ?? Date.now(),
        days: options.days ?? 90,
        ...(options.units ? { units: options.units } : {}),
      }),
    api: ({ auth, data, knobs, stats, context }) => [
      // The Auth0 pages hand over to the authorization server to mint the code.
      ...createPelotonAuthPages({
        knobs,
        stats,
        internalAuthorizeUrl: auth.endpoints.authorization,
        clientIds: [PELOTON_WEB_CLIENT_ID, SANDBOX_PUBLIC_CLIENT.clientId],
      }),
      ...createPelotonHandlers({ auth, data, knobs, stats, validate: context.validateAnswers }),
    ],
  });
}
