import {
  createProviderApiStats,
  createProviderSandboxPlugin,
  createWindowBudget,
  type ProviderSandboxPlugin,
  SANDBOX_CLIENT,
} from '@fitlink/testing';
import { SMASHRUN_AUTH_BASE_URL } from '../endpoints.js';
import { SMASHRUN_DEFAULT_SCOPES, SMASHRUN_SCOPES } from '../scopes.js';
import { createSmashrunFake, type SmashrunFake } from './fake.js';
import {
  createSmashrunHandlers,
  type SmashrunSandboxKnobs,
  type SmashrunSandboxStats,
} from './handlers.js';

/** Options of {@link smashrunSandboxPlugin}. */
export interface SmashrunSandboxOptions {
  /** The timeline's end, epoch ms; fix it in tests. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Clock of token expiry, uploads and the hourly budget. @defaultValue Date.now */
  clock?: () => number;
  /** Requests per user per hour before a 429 (`knobs.rateLimit.limits.hour`). @defaultValue 250 */
  requestsPerHour?: number;
  /** Access token lifetime in seconds. @defaultValue 7257600 (12 weeks) */
  accessTokenTtlSeconds?: number;
}

/**
 * The SmashRun sandbox plugin: the handle every provider shares. `data` is the athlete's runs,
 * user and weights, `knobs.rateLimit` the hourly budget, `stats` the API counters (with every
 * request URL in `requestUrls`), `auth` the authorization server on `secure.smashrun.com`.
 */
export type SmashrunSandboxPlugin = ProviderSandboxPlugin<
  'smashrun',
  SmashrunFake,
  SmashrunSandboxKnobs,
  SmashrunSandboxStats
>;

/** Hosts the plugin serves. */
export const SMASHRUN_SANDBOX_HOSTS = ['secure.smashrun.com', 'api.smashrun.com'] as const;

const HOUR_MS = 3_600_000;

/**
 * The SmashRun sandbox: the authorization server on `https://secure.smashrun.com/oauth2/…`
 * (the sandbox client authenticating with `client_secret_post`, refresh tokens rotated, the
 * two SmashRun scopes, a token request's `state` echoed in the answer, no revocation endpoint)
 * and the API on `https://api.smashrun.com/v1` rendering the sandbox
 * athlete's runs and treadmill runs in SmashRun's wire shape.
 *
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
 * const sandbox = createSandbox({ providers: [smashrunSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') })] });
 * ```
 */
export function smashrunSandboxPlugin(options: SmashrunSandboxOptions = {}): SmashrunSandboxPlugin {
  const clock = options.clock;
  return createProviderSandboxPlugin({
    id: 'smashrun',
    hosts: SMASHRUN_SANDBOX_HOSTS,
    knobs: {
      rateLimit: createWindowBudget({
        // SmashRun allows 250 per user per hour; the hour opens with its first request. The kit's
        // budget is not kept per user: every sandbox user draws on this one.
        windows: [
          {
            name: 'hour',
            limit: options.requestsPerHour ?? 250,
            windowMs: HOUR_MS,
            align: 'first-request',
          },
        ],
        ...(clock ? { now: clock } : {}),
      }),
    },
    stats: { ...createProviderApiStats(), requestUrls: [] },
    authorization: () => ({
      baseUrl: SMASHRUN_AUTH_BASE_URL,
      authorizePath: '/oauth2/authenticate',
      tokenPath: '/oauth2/token',
      // SmashRun documents no revocation endpoint.
      revokePath: null,
      // SmashRun takes client_id and client_secret as token parameters (form body).
      clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_post' }],
      scopeSeparator: ' ',
      supportedScopes: Object.keys(SMASHRUN_SCOPES),
      defaultScope: [...SMASHRUN_DEFAULT_SCOPES],
      refreshTokenOnRefresh: 'rotate',
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 12 * 7 * 86_400,
      // SmashRun's token answer carries `state`: echo the one the token request sent, if any.
      tokenResponseExtras: ({ params }) => {
        const state = params.get('state');
        return state === null ? {} : { state };
      },
      ...(clock ? { now: clock } : {}),
    }),
    data: ({ seed }) =>
      createSmashrunFake({
        seed,
        ...(options.now !== undefined ? { now: options.now } : {}),
        ...(options.days !== undefined ? { days: options.days } : {}),
      }),
    api: ({ auth, data, knobs, stats, context }) =>
      createSmashrunHandlers({
        auth,
        data,
        knobs,
        stats,
        validate: context.validateAnswers,
        ...(clock ? { now: clock } : {}),
      }),
  });
}
