import { SANDBOX_PUBLIC_CLIENT, type SandboxProviderPlugin } from '@fitlink/testing';
import {
  PELOTON_API_BASE_URL,
  PELOTON_AUTH_BASE_URL,
  PELOTON_REDIRECT_URI,
  PELOTON_WEB_CLIENT_ID,
} from '../endpoints.js';
import { peloton } from '../provider.js';
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
}

/** Every knob of the Peloton sandbox, writable at any time. */
export interface PelotonSandboxKnobs extends PelotonAuthKnobs, PelotonApiKnobs {}

/** Counters of the Peloton sandbox. */
export interface PelotonSandboxStats extends PelotonAuthStats, PelotonApiStats {}

/** The Peloton sandbox plugin, with its knobs, counters and data. */
export interface PelotonSandboxPlugin extends SandboxProviderPlugin {
  /** Login-page and API knobs. */
  readonly knobs: PelotonSandboxKnobs;
  /** Counters. */
  readonly stats: PelotonSandboxStats;
  /** The member's data, once the sandbox has set the plugin up. */
  readonly fake: PelotonFake | undefined;
}

/**
 * The Peloton sandbox: Auth0's login pages and token endpoint on `auth.onepeloton.com` (the
 * sandbox member logs in with {@link PELOTON_SANDBOX_USERNAME} / {@link PELOTON_SANDBOX_PASSWORD})
 * and the member API on `api.onepeloton.com`, rendering the shared timeline's indoor rides,
 * treadmill and outdoor runs, rows, strength, yoga and meditation in Peloton's shape.
 *
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
  const knobs: PelotonSandboxKnobs = {
    loginPage: 'universal',
    loginAnswer: 'hidden-form',
    wrongPasswordAnswer: 'page',
    username: PELOTON_SANDBOX_USERNAME,
    password: PELOTON_SANDBOX_PASSWORD,
    rateLimitedRequests: 0,
    retryAfterSeconds: 30,
  };
  const stats: PelotonSandboxStats = {
    loginAttempts: 0,
    wrongPasswords: 0,
    rejectedRequests: 0,
    requests: {},
    missingPlatformHeader: 0,
  };
  let fake: PelotonFake | undefined;
  return {
    id: 'peloton',
    hosts: [new URL(PELOTON_API_BASE_URL).host, new URL(PELOTON_AUTH_BASE_URL).host],
    knobs,
    stats,
    get fake() {
      return fake;
    },
    handlers(context) {
      const auth = context.createAuthorizationServer({
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
        supportedScopes: Object.keys(peloton.scopes),
        defaultScope: peloton.defaultScopes,
        requirePkce: true,
        refreshTokenOnRefresh: 'rotate',
        accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 172_800,
      });
      fake = createPelotonFake({
        seed: context.seed,
        now: options.now ?? Date.now(),
        days: options.days ?? 90,
        ...(options.units ? { units: options.units } : {}),
      });
      return [
        ...createPelotonAuthPages({
          knobs,
          stats,
          internalAuthorizeUrl: auth.endpoints.authorization,
          clientIds: [PELOTON_WEB_CLIENT_ID, SANDBOX_PUBLIC_CLIENT.clientId],
        }),
        ...createPelotonHandlers({ auth, fake, knobs, stats }),
      ];
    },
  };
}
