import {
  createProviderApiStats,
  createProviderSandboxPlugin,
  type FakeAuthorizationServerOptions,
  type ProviderSandboxPlugin,
  SANDBOX_CLIENT,
} from '@fitlink/testing';
import { COROS_ACCESS_TOKEN_LIFETIME_MS } from '../app.js';
import { COROS_SCOPES } from '../scopes.js';
import { COROS_SANDBOX_OPEN_ID, type CorosSandboxData, createCorosFake } from './fake.js';
import { type CorosSandboxKnobs, type CorosSandboxStats, createCorosHandlers } from './handlers.js';

/** Options of {@link corosSandboxPlugin}. */
export interface CorosSandboxPluginOptions {
  /** End of the rendered timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Server clock for token expiry (share a test's fake clock). @defaultValue Date.now */
  clock?: () => number;
}

/** The COROS sandbox plugin: the shared handle, with COROS' knobs and counters. */
export type CorosSandboxPlugin = ProviderSandboxPlugin<
  'coros',
  CorosSandboxData,
  CorosSandboxKnobs,
  CorosSandboxStats
>;

const COROS_HOST = 'open.coros.com';

/** COROS' authorization server, purely by options. */
function corosAuthorization(clock: (() => number) | undefined): FakeAuthorizationServerOptions {
  return {
    baseUrl: `https://${COROS_HOST}`,
    authorizePath: '/oauth2/authorize',
    tokenPath: '/oauth2/accesstoken',
    // COROS deauthorizes by access token on its own path (served by the handlers).
    revokePath: null,
    clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_post' }],
    supportedScopes: Object.keys(COROS_SCOPES),
    defaultScope: [],
    // The refresh endpoint is COROS' own (it extends the same token); nothing rotates.
    refreshTokenOnRefresh: 'same',
    accessTokenTtlSeconds: COROS_ACCESS_TOKEN_LIFETIME_MS / 1000,
    tokenResponseExtras: () => ({ openId: COROS_SANDBOX_OPEN_ID }),
    ...(clock ? { now: clock } : {}),
  };
}

/**
 * The COROS sandbox: a fake authorization server on COROS' OAuth URLs (client secret in the
 * form body, tokens valid 30 days, `openId` in the token answer), COROS' refresh and
 * deauthorization endpoints, and the partner API on `open.coros.com` serving the shared
 * timeline in COROS' shapes. The sandbox's credentials (`SANDBOX_CLIENT`) work as a COROS app;
 * use `pushCorosWorkouts` to play COROS pushing to an app's endpoint.
 *
 * @param options - Timeline and clock.
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { corosSandboxPlugin } from '@fitlink/coros/testing';
 *
 * const plugin = corosSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.knobs.apiResult = '30009';
 * ```
 */
export function corosSandboxPlugin(options: CorosSandboxPluginOptions = {}): CorosSandboxPlugin {
  const knobs: CorosSandboxKnobs = { refreshResult: '0000', apiResult: null };
  const stats: CorosSandboxStats = {
    ...createProviderApiStats(),
    refreshes: 0,
    deauthorizations: 0,
  };
  return createProviderSandboxPlugin({
    id: 'coros',
    hosts: [COROS_HOST],
    knobs,
    stats,
    authorization: () => corosAuthorization(options.clock),
    data: ({ seed }) =>
      createCorosFake({ seed, now: options.now ?? Date.now(), days: options.days ?? 90 }),
    api: ({ auth, data, context }) =>
      createCorosHandlers({ auth, data, knobs, stats, validate: context.validateAnswers }),
  });
}
