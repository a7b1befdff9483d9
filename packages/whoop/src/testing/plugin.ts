import {
  type FakeAuthorizationServer,
  SANDBOX_CLIENT,
  type SandboxProviderPlugin,
} from '@fitlink/testing';
import { WHOOP_HOST } from '../endpoints.js';
import { WHOOP_SCOPES } from '../scopes.js';
import { createWhoopFake, type WhoopSandboxData } from './fake.js';
import { createWhoopHandlers } from './handlers.js';
import { createWhoopRateLimitBudget, type WhoopRateLimitBudget } from './rate-limit-budget.js';

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

/** The WHOOP sandbox plugin, with the knobs and data tests inspect. */
export interface WhoopSandboxPlugin extends SandboxProviderPlugin {
  /** Provider id. */
  readonly id: 'whoop';
  /** The rate-limit budget: `spend('minute' | 'day')`, counters, limits. */
  readonly budget: WhoopRateLimitBudget;
  /** The data served, once a sandbox has set the plugin up (the last sandbox's). */
  readonly data: WhoopSandboxData | undefined;
  /** WHOOP's fake authorization server, once a sandbox has set the plugin up. */
  readonly auth: FakeAuthorizationServer | undefined;
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
 * plugin.budget.spend('minute');
 * ```
 */
export function whoopSandboxPlugin(options: WhoopSandboxPluginOptions = {}): WhoopSandboxPlugin {
  const budget = createWhoopRateLimitBudget({
    ...(options.minuteLimit !== undefined ? { minuteLimit: options.minuteLimit } : {}),
    ...(options.dailyLimit !== undefined ? { dailyLimit: options.dailyLimit } : {}),
    ...(options.clock ? { now: options.clock } : {}),
  });
  let data: WhoopSandboxData | undefined;
  let auth: FakeAuthorizationServer | undefined;
  return {
    id: 'whoop',
    hosts: [WHOOP_HOST],
    budget,
    get data() {
      return data;
    },
    get auth() {
      return auth;
    },
    handlers(context) {
      auth = context.createAuthorizationServer({
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
        ...(options.clock ? { now: options.clock } : {}),
      });
      data = createWhoopFake({
        seed: context.seed,
        now: options.now ?? Date.now(),
        days: options.days ?? 90,
      });
      return createWhoopHandlers({ auth, data, budget });
    },
  };
}

const HYDRA_DESCRIPTIONS: Readonly<Record<string, string>> = {
  invalid_grant:
    'The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  invalid_client:
    'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).',
  invalid_request:
    'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.',
  invalid_scope: 'The requested scope is invalid, unknown, or malformed.',
};
