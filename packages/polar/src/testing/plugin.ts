import {
  createProviderSandboxPlugin,
  createWindowBudget,
  type FakeAuthorizationServerOptions,
  type ProviderSandboxPlugin,
  SANDBOX_CLIENT,
  type WindowBudget,
} from '@fitlink/testing';
import { POLAR_AUTH_HOST, POLAR_HOST } from '../endpoints.js';
import { POLAR_SCOPES } from '../scopes.js';
import { createPolarFake, type PolarSandboxData } from './fake.js';
import { createPolarHandlers } from './handlers.js';

/** Options of {@link polarSandboxPlugin}. */
export interface PolarSandboxPluginOptions {
  /** End of the rendered timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Server clock for token expiry and rate-limit windows. @defaultValue Date.now */
  clock?: () => number;
  /** Requests per 15 minutes. @defaultValue 3000 */
  shortLimit?: number;
  /** Requests per 24 hours. @defaultValue 100000 */
  longLimit?: number;
}

/** The switches tests write on the Polar sandbox. */
export interface PolarSandboxKnobs {
  /**
   * The client's rate-limit budget: windows `short` (15 minutes) and `long` (24 hours), each
   * opening at its first request. `spend('short' | 'long')`, or write `usage` and `limits`.
   */
  readonly rateLimit: WindowBudget;
}

/** The Polar sandbox plugin: the handle every provider's plugin shares. */
export type PolarSandboxPlugin = ProviderSandboxPlugin<
  'polar',
  PolarSandboxData,
  PolarSandboxKnobs
>;

/** Polar v4's authorization server, purely by options. */
function polarAuthorization(clock: (() => number) | undefined): FakeAuthorizationServerOptions {
  return {
    baseUrl: `https://${POLAR_AUTH_HOST}`,
    authorizePath: '/oauth/authorize',
    tokenPath: '/oauth/token',
    // v4 documents no revocation endpoint.
    revokePath: null,
    clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_basic' }],
    scopeSeparator: ' ',
    supportedScopes: [...Object.keys(POLAR_SCOPES), 'accesslink.read_all'],
    // Whether Polar rotates is not documented: the sandbox rotates, the stricter case.
    refreshTokenOnRefresh: 'rotate',
    // 12 hours, as Polar's example `expires_in: 43199`.
    accessTokenTtlSeconds: 43_199,
    // v4's token answer carries a `jti` (token id) beside the standard fields.
    tokenResponseExtras: ({ grant }) => ({ jti: `jti-${grant.id}` }),
    ...(clock ? { now: clock } : {}),
  };
}

/**
 * The Polar sandbox: a fake authorization server on `auth.polar.com` (HTTP Basic client
 * authentication, 12-hour access tokens, refresh tokens that rotate) and the AccessLink API on
 * `www.polaraccesslink.com`: v4's range routes serving the shared timeline and v3's
 * registration, exercises and transactions, with `RateLimit-*` headers and a spendable budget.
 * The sandbox's credentials (`SANDBOX_CLIENT`) work as a Polar client.
 *
 * @param options - Timeline, clock and limits.
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { polarSandboxPlugin } from '@fitlink/polar/testing';
 *
 * const plugin = polarSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.knobs.rateLimit.spend('short');
 * ```
 */
export function polarSandboxPlugin(options: PolarSandboxPluginOptions = {}): PolarSandboxPlugin {
  const rateLimit = createWindowBudget({
    windows: [
      {
        name: 'short',
        limit: options.shortLimit ?? 3000,
        windowMs: 900_000,
        align: 'first-request',
      },
      {
        name: 'long',
        limit: options.longLimit ?? 100_000,
        windowMs: 86_400_000,
        align: 'first-request',
      },
    ],
    // Requests over the short limit still count toward the long one.
    countRejected: true,
    ...(options.clock ? { now: options.clock } : {}),
  });
  return createProviderSandboxPlugin({
    id: 'polar',
    hosts: [POLAR_HOST, POLAR_AUTH_HOST],
    knobs: { rateLimit },
    authorization: () => polarAuthorization(options.clock),
    data: ({ seed }) =>
      createPolarFake({ seed, now: options.now ?? Date.now(), days: options.days ?? 90 }),
    api: ({ auth, data, knobs, stats, context }) =>
      createPolarHandlers({
        auth,
        data,
        budget: knobs.rateLimit,
        stats,
        validate: context.validateAnswers,
      }),
  });
}
