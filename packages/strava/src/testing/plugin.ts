import {
  createProviderApiStats,
  createProviderSandboxPlugin,
  createWindowBudget,
  type FakeOAuthError,
  type FakeTokenIssue,
  type ProviderApiStats,
  type ProviderSandboxPlugin,
  SANDBOX_CLIENT,
  type WindowBudget,
} from '@fitlink/testing';
import { STRAVA_SCOPES } from '../scopes.js';
import { createStravaSandboxData, type StravaSandboxData } from './data.js';
import { createStravaFake, STRAVA_SANDBOX_ATHLETE_ID } from './fake.js';
import { createStravaHandlers } from './handlers.js';

/** Options of {@link stravaSandboxPlugin}. */
export interface StravaSandboxPluginOptions {
  /** End of the sandbox timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** Clock of token expiry and rate-limit windows, epoch ms. @defaultValue Date.now */
  clock?: () => number;
  /** Synthetic activities added before the timeline (for paging tests). @defaultValue 0 */
  extraActivities?: number;
}

/** Switches of the Strava sandbox, writable during a test. */
export interface StravaSandboxKnobs {
  /**
   * Strava's four budgets: `short` (200 per 15 minutes) and `daily` (2,000 per UTC day) count
   * every request, `readShort` (100) and `readDaily` (1,000) every request but `POST /uploads`.
   * Windows start at :00/:15/:30/:45 and midnight UTC on the plugin's clock; a request over
   * budget is answered 429 and still counts, as on Strava. Set `usage.readShort = 100` to
   * simulate a spent budget.
   */
  readonly rateLimit: WindowBudget;
  /** Synthetic activities added before the timeline (for paging tests). */
  extraActivities: number;
  /** `GET /uploads/{id}` polls answered "still processing" before the activity is ready. */
  uploadPollsUntilReady: number;
  /** Send the `hub.challenge` GET to the callback when a subscription is created. */
  verifyWebhookCallback: boolean;
  /**
   * The developer application is inactive (its owner's subscription lapsed): every API call is
   * answered `403 Application Status Inactive`; OAuth endpoints keep working, as on Strava.
   * @defaultValue false
   */
  applicationInactive: boolean;
}

/** Live counters of the Strava sandbox: the kit's, plus revocations and deauthorizations. */
export interface StravaSandboxStats extends ProviderApiStats {
  /** Accepted `POST /oauth/deauthorize` (retired by Strava on 2027-06-01). */
  deauthorizations: number;
  /** Accepted `POST /oauth/revoke`. */
  revocations: number;
  /**
   * API requests refused for carrying `access_token` in the query or a form body (Strava takes
   * tokens in the `Authorization` header only from 2027-06-01).
   */
  tokensOutsideHeader: number;
}

/** The Strava plugin's handle: `data`, `knobs`, `stats` and `auth`, as every provider's. */
export type StravaSandboxPlugin = ProviderSandboxPlugin<
  'strava',
  StravaSandboxData,
  StravaSandboxKnobs,
  StravaSandboxStats
>;

const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

/** Strava's error body for a refused token request (it never says `invalid_grant`). */
export function stravaOAuthErrorBody({ error, description, grantType }: FakeOAuthError): unknown {
  const fault = (resource: string, field: string, code: string) => ({
    message: 'Bad Request',
    errors: [{ resource, field, code }],
  });
  if (error === 'invalid_client') return fault('Application', 'client_id', 'invalid');
  if (error === 'invalid_grant' && grantType === 'refresh_token') {
    return fault('RefreshToken', 'refresh_token', 'invalid');
  }
  if (error === 'invalid_grant') {
    return fault(
      'AuthorizationCode',
      'code',
      description.includes('expired') ? 'expired' : 'invalid',
    );
  }
  return fault('Authorize', error, 'invalid');
}

/**
 * The Strava sandbox: a fake authorization server on www.strava.com (`/oauth/authorize`,
 * `/oauth/token`, the secret in the form body, comma-separated scopes, unticked scopes reported
 * in the callback's `scope`, 6-hour tokens, `expires_at` and the athlete in the token answer,
 * rotating refresh tokens, Strava-shaped error bodies) and the API from `STRAVA_ROUTES`,
 * rendering the shared sandbox timeline. Credentials are the sandbox's (`SANDBOX_CLIENT`).
 *
 * @param options - Timeline end and length, clock, synthetic activities.
 * @example
 * ```ts
 * const plugin = stravaSandboxPlugin({ now: Date.parse('2026-11-22T00:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.knobs.rateLimit.usage.readShort = 100; // the 15-minute read budget is spent
 * ```
 */
export function stravaSandboxPlugin(options: StravaSandboxPluginOptions = {}): StravaSandboxPlugin {
  const clock = options.clock ?? (() => Date.now());
  const client = { ...SANDBOX_CLIENT, authMethod: 'client_secret_post' as const };
  const reads = ({ route }: { route: string }) => route !== 'createUpload';
  const knobs: StravaSandboxKnobs = {
    rateLimit: createWindowBudget({
      windows: [
        { name: 'short', limit: 200, windowMs: QUARTER_MS, align: 'epoch' },
        { name: 'daily', limit: 2000, windowMs: DAY_MS, align: 'epoch' },
        { name: 'readShort', limit: 100, windowMs: QUARTER_MS, align: 'epoch', counts: reads },
        { name: 'readDaily', limit: 1000, windowMs: DAY_MS, align: 'epoch', counts: reads },
      ],
      now: clock,
      countRejected: true,
    }),
    extraActivities: options.extraActivities ?? 0,
    uploadPollsUntilReady: 1,
    verifyWebhookCallback: true,
    applicationInactive: false,
  };
  return createProviderSandboxPlugin({
    id: 'strava',
    hosts: ['www.strava.com'],
    knobs,
    stats: {
      ...createProviderApiStats(),
      deauthorizations: 0,
      revocations: 0,
      tokensOutsideHeader: 0,
    },
    authorization: () => ({
      baseUrl: 'https://www.strava.com',
      authorizePath: '/oauth/authorize',
      tokenPath: '/oauth/token',
      // POST /oauth/revoke takes HTTP Basic while the token endpoint takes the secret in the
      // body, which the kit's one-method clients cannot model: it and the retiring
      // /oauth/deauthorize are the API handlers' own.
      revokePath: null,
      clients: [client],
      users: [{ id: String(STRAVA_SANDBOX_ATHLETE_ID), name: 'Sandy Box' }],
      scopeSeparator: ',',
      supportedScopes: Object.keys(STRAVA_SCOPES),
      defaultScope: ['read'],
      scopeInCallback: true,
      refreshTokenOnRefresh: 'rotate',
      accessTokenTtlSeconds: 21_600,
      now: clock,
      errorBody: stravaOAuthErrorBody,
      tokenResponseExtras: ({ grantType, accessTokenExpiresAt }: FakeTokenIssue) => ({
        expires_at: Math.floor(accessTokenExpiresAt / 1000),
        ...(grantType === 'authorization_code'
          ? {
              athlete: {
                id: STRAVA_SANDBOX_ATHLETE_ID,
                resource_state: 2,
                firstname: 'Sandy',
                lastname: 'Box',
              },
            }
          : {}),
      }),
    }),
    data: ({ seed }) =>
      createStravaSandboxData(
        createStravaFake({
          seed,
          ...(options.now === undefined ? {} : { now: options.now }),
          ...(options.days === undefined ? {} : { days: options.days }),
        }),
        () => knobs.extraActivities,
      ),
    api: (parts) =>
      createStravaHandlers({
        ...parts,
        client: { clientId: client.clientId, clientSecret: client.clientSecret ?? '' },
      }),
  });
}
