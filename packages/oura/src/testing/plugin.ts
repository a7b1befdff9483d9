import {
  createProviderApiStats,
  createProviderSandboxPlugin,
  createWindowBudget,
  type ProviderApiStats,
  type ProviderSandboxPlugin,
  type WindowBudget,
} from '@fitlink/testing';
import { OURA_HOST, OURA_LEGACY_AUTHORIZE_URL, OURA_TOKEN_URL } from '../endpoints.js';
import {
  createOuraAuthorizationHandlers,
  type OuraAuthorizationKnobs,
  type OuraAuthorizationStats,
  ouraAuthorization,
} from './authorization.js';
import { createOuraFake, type OuraSandboxData } from './fake.js';
import { createOuraHandlers } from './handlers.js';

/** Options of {@link ouraSandboxPlugin}. */
export interface OuraSandboxPluginOptions {
  /** End of the rendered timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Server clock for token expiry, rate-limit windows and webhook expiry. @defaultValue Date.now */
  clock?: () => number;
  /** Requests per 5 minutes. @defaultValue 5000 */
  limit?: number;
  /** Documents per page. @defaultValue 50 */
  pageSize?: number;
}

/** The switches tests write on the Oura sandbox. */
export interface OuraSandboxKnobs extends OuraAuthorizationKnobs {
  /** The rate-limit budget: window `fiveMinutes`, opening at its first request. */
  readonly rateLimit: WindowBudget;
}

/** The Oura plugin's counters: the API's and the OAuth side's. */
export type OuraSandboxStats = ProviderApiStats & OuraAuthorizationStats;

/** The Oura sandbox plugin: the handle every provider's plugin shares. */
export type OuraSandboxPlugin = ProviderSandboxPlugin<
  'oura',
  OuraSandboxData,
  OuraSandboxKnobs,
  OuraSandboxStats
>;

/**
 * The Oura sandbox: a fake Curity server on `moi.ouraring.com` (OpenID discovery, HTTP Basic
 * client authentication, single-use codes, rotating single-use refresh tokens), the legacy
 * `api.ouraring.com/oauth/token` refusing new-portal apps and burning their code (knob
 * `legacyBurnsCode`), and API v2 on `api.ouraring.com` serving the shared timeline in Oura's
 * shapes, with a 5-minute budget and webhook subscriptions. `SANDBOX_CLIENT` works as an Oura app.
 *
 * @param options - Timeline, clock, limit and page size.
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { ouraSandboxPlugin } from '@fitlink/oura/testing';
 *
 * const plugin = ouraSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.knobs.discoveryAvailable = false;
 * ```
 */
export function ouraSandboxPlugin(options: OuraSandboxPluginOptions = {}): OuraSandboxPlugin {
  const rateLimit = createWindowBudget({
    windows: [
      {
        name: 'fiveMinutes',
        limit: options.limit ?? 5000,
        windowMs: 300_000,
        align: 'first-request',
      },
    ],
    countRejected: false,
    ...(options.clock ? { now: options.clock } : {}),
  });
  const knobs: OuraSandboxKnobs = { rateLimit, discoveryAvailable: true, legacyBurnsCode: true };
  const stats: OuraSandboxStats = Object.assign(createProviderApiStats(), {
    discoveryRequests: 0,
    legacyTokenRequests: 0,
    burntCodeExchanges: 0,
  });
  return createProviderSandboxPlugin({
    id: 'oura',
    hosts: [OURA_HOST, new URL(OURA_TOKEN_URL).host, new URL(OURA_LEGACY_AUTHORIZE_URL).host],
    knobs,
    stats,
    authorization: () => ouraAuthorization(options.clock),
    data: ({ seed }) =>
      createOuraFake({ seed, now: options.now ?? Date.now(), days: options.days ?? 90 }),
    api: ({ auth, data, stats: counters, context }) => [
      ...createOuraAuthorizationHandlers({
        knobs,
        stats: counters,
        revokeGrant: (token) => auth.revokeGrant(token),
      }),
      ...createOuraHandlers({
        auth,
        data,
        budget: knobs.rateLimit,
        stats: counters,
        validate: context.validateAnswers,
        ...(options.pageSize ? { pageSize: options.pageSize } : {}),
        ...(options.clock ? { now: options.clock } : {}),
      }),
    ],
  });
}
