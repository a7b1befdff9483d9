import {
  createProviderSandboxPlugin,
  createWindowBudget,
  type FakeAuthorizationServerOptions,
  type ProviderSandboxPlugin,
  SANDBOX_CLIENT,
  type WindowBudget,
} from '@fitlink/testing';
import { WHOOP_HOST } from '../endpoints.js';
import { WHOOP_SCOPES } from '../scopes.js';
import { createWhoopFake, type WhoopSandboxData } from './fake.js';
import { createWhoopHandlers } from './handlers.js';

/** Options of {@link whoopSandboxPlugin}. */
export interface WhoopSandboxPluginOptions {
  /** End of the rendered timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Server clock for token expiry and rate-limit windows (share a test's fake clock). @defaultValue Date.now */
  clock?: () => number;
  /** Requests per minute. @defaultValue 100 */
  minuteLimit?: number;
  /** Requests per day. @defaultValue 10000 */
  dailyLimit?: number;
}

/** The switches tests write on the WHOOP sandbox. */
export interface WhoopSandboxKnobs {
  /**
   * The app's rate-limit budget: windows `minute` and `day`, each opening at its first request;
   * a refused request is not counted. `spend('minute' | 'day')`, or write `usage` and `limits`.
   */
  readonly rateLimit: WindowBudget;
}

/**
 * The WHOOP sandbox plugin: the handle every provider's plugin shares, with `knobs.rateLimit`,
 * the API's `stats`, and the `data` and `auth` of the sandbox that set it up.
 */
export type WhoopSandboxPlugin = ProviderSandboxPlugin<
  'whoop',
  WhoopSandboxData,
  WhoopSandboxKnobs
>;

const HYDRA_DESCRIPTIONS: Readonly<Record<string, string>> = {
  invalid_grant:
    'The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  invalid_client:
    'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).',
  invalid_request:
    'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.',
  invalid_scope: 'The requested scope is invalid, unknown, or malformed.',
};

/** WHOOP's ORY Hydra authorization server, purely by options. */
function whoopAuthorization(clock: (() => number) | undefined): FakeAuthorizationServerOptions {
  return {
    baseUrl: `https://${WHOOP_HOST}`,
    authorizePath: '/oauth/oauth2/auth',
    tokenPath: '/oauth/oauth2/token',
    // Hydra's revocation path; WHOOP documents DELETE /v2/user/access instead.
    revokePath: '/oauth/oauth2/revoke',
    clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_post' }],
    scopeSeparator: ' ',
    supportedScopes: Object.keys(WHOOP_SCOPES),
    refreshTokenOnRefresh: 'rotate',
    // Without `offline` WHOOP issues no refresh token (seeded connections included).
    refreshTokenScope: 'offline',
    accessTokenTtlSeconds: 3600,
    errorBody: ({ error, description, status }) => ({
      error,
      error_description: HYDRA_DESCRIPTIONS[error] ?? 'The request could not be processed.',
      error_hint: description,
      status_code: status,
    }),
    ...(clock ? { now: clock } : {}),
  };
}

/**
 * The WHOOP sandbox: a fake ORY Hydra-like authorization server on WHOOP's real OAuth URLs
 * (client secret in the form body, `offline` needed for a refresh token, rotating refresh
 * tokens, Hydra-shaped error bodies) and the v2 API on `api.prod.whoop.com/developer`, serving
 * the shared timeline in WHOOP's shapes, with `X-RateLimit-*` headers and a spendable budget.
 * The sandbox's credentials (`SANDBOX_CLIENT`) work as a WHOOP client.
 *
 * @param options - Timeline, clock and limits.
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { whoopSandboxPlugin } from '@fitlink/whoop/testing';
 *
 * const plugin = whoopSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.knobs.rateLimit.spend('minute');
 * ```
 */
export function whoopSandboxPlugin(options: WhoopSandboxPluginOptions = {}): WhoopSandboxPlugin {
  const rateLimit = createWindowBudget({
    windows: [
      {
        name: 'minute',
        limit: options.minuteLimit ?? 100,
        windowMs: 60_000,
        align: 'first-request',
      },
      {
        name: 'day',
        limit: options.dailyLimit ?? 10_000,
        windowMs: 86_400_000,
        align: 'first-request',
      },
    ],
    countRejected: false,
    ...(options.clock ? { now: options.clock } : {}),
  });
  return createProviderSandboxPlugin({
    id: 'whoop',
    hosts: [WHOOP_HOST],
    knobs: { rateLimit },
    authorization: () => whoopAuthorization(options.clock),
    data: ({ seed }) =>
      createWhoopFake({ seed, now: options.now ?? Date.now(), days: options.days ?? 90 }),
    api: ({ auth, data, knobs, stats, context }) =>
      createWhoopHandlers({
        auth,
        data,
        budget: knobs.rateLimit,
        stats,
        validate: context.validateAnswers,
      }),
  });
}
