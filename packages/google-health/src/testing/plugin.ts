import {
  createProviderSandboxPlugin,
  createWindowBudget,
  type FakeAuthorizationServerOptions,
  type ProviderSandboxPlugin,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  type WindowBudget,
} from '@fitlink/testing';
import { GOOGLE_HEALTH_HOST } from '../endpoints.js';
import { FITBIT_HOSTS } from '../fitbit-migration.js';
import { GOOGLE_HEALTH_SCOPES } from '../scopes.js';
import { createGoogleHealthFake, type GoogleHealthSandboxData } from './fake.js';
import { createGoogleHealthHandlers } from './handlers.js';

/** Options of {@link googleHealthSandboxPlugin}. */
export interface GoogleHealthSandboxPluginOptions {
  /** End of the rendered timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Server clock for token expiry and rate-limit windows. @defaultValue Date.now */
  clock?: () => number;
  /** Requests per minute before 429. @defaultValue 3000 */
  minuteLimit?: number;
}

/** The switches tests write on the Google Health sandbox. */
export interface GoogleHealthSandboxKnobs {
  /** The project's per-minute budget (window `minute`). */
  readonly rateLimit: WindowBudget;
}

/** The Google Health sandbox plugin: the handle every provider's plugin shares. */
export type GoogleHealthSandboxPlugin = ProviderSandboxPlugin<
  'google-health',
  GoogleHealthSandboxData,
  GoogleHealthSandboxKnobs
>;

/** Google's OAuth server, purely by options: two hosts, PKCE, no refresh-token rotation. */
function googleAuthorization(clock: (() => number) | undefined): FakeAuthorizationServerOptions {
  return {
    baseUrl: 'https://accounts.google.com',
    authorizePath: '/o/oauth2/v2/auth',
    tokenPath: 'https://oauth2.googleapis.com/token',
    revokePath: 'https://oauth2.googleapis.com/revoke',
    clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_post' }, SANDBOX_PUBLIC_CLIENT],
    scopeSeparator: ' ',
    supportedScopes: Object.keys(GOOGLE_HEALTH_SCOPES),
    // Google answers a refresh without a new refresh token; the old one stays valid.
    refreshTokenOnRefresh: 'omit',
    accessTokenTtlSeconds: 3599,
    errorBody: ({ error, description }) => ({ error, error_description: description }),
    ...(clock ? { now: clock } : {}),
  };
}

/**
 * The Google Health sandbox: a fake Google OAuth server on Google's real URLs (authorization on
 * `accounts.google.com`, token and revocation on `oauth2.googleapis.com`, PKCE, refresh tokens
 * not rotated) and the Google Health API on `health.googleapis.com` (`v4` and `v4beta`),
 * serving the shared timeline in Google's shapes, plus the Fitbit hosts answering 410.
 *
 * @param options - Timeline, clock and limit.
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { googleHealthSandboxPlugin } from '@fitlink/google-health/testing';
 *
 * const plugin = googleHealthSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * ```
 */
export function googleHealthSandboxPlugin(
  options: GoogleHealthSandboxPluginOptions = {},
): GoogleHealthSandboxPlugin {
  const rateLimit = createWindowBudget({
    windows: [{ name: 'minute', limit: options.minuteLimit ?? 3000, windowMs: 60_000 }],
    countRejected: false,
    ...(options.clock ? { now: options.clock } : {}),
  });
  return createProviderSandboxPlugin({
    id: 'google-health',
    hosts: [GOOGLE_HEALTH_HOST, 'accounts.google.com', 'oauth2.googleapis.com', ...FITBIT_HOSTS],
    knobs: { rateLimit },
    authorization: () => googleAuthorization(options.clock),
    data: ({ seed }) =>
      createGoogleHealthFake({ seed, now: options.now ?? Date.now(), days: options.days ?? 90 }),
    api: ({ auth, data, knobs, stats, context }) =>
      createGoogleHealthHandlers({
        auth,
        data,
        budget: knobs.rateLimit,
        stats,
        validate: context.validateAnswers,
      }),
  });
}
