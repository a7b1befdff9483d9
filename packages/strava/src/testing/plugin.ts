import {
  type FakeOAuthError,
  type FakeTokenIssue,
  SANDBOX_CLIENT,
  type SandboxProviderPlugin,
} from '@fitlink/testing';
import { STRAVA_SCOPES } from '../scopes.js';
import { createStravaFake, STRAVA_SANDBOX_ATHLETE_ID } from './fake.js';
import { createStravaHandlers, type StravaHandlers } from './handlers.js';

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

/** The Strava plugin, with the handlers of the last sandbox it was set up in. */
export interface StravaSandboxPlugin extends SandboxProviderPlugin {
  /**
   * The handlers' knobs, counters and data.
   *
   * @throws TypeError before the plugin is passed to `createSandbox`.
   */
  readonly current: StravaHandlers;
}

/** Strava's error body for a refused token request (it never says `invalid_grant`). */
export function stravaOAuthErrorBody({ error, description, grantType }: FakeOAuthError): unknown {
  if (error === 'invalid_client') {
    return {
      message: 'Bad Request',
      errors: [{ resource: 'Application', field: 'client_id', code: 'invalid' }],
    };
  }
  if (error === 'invalid_grant' && grantType === 'refresh_token') {
    return {
      message: 'Bad Request',
      errors: [{ resource: 'RefreshToken', field: 'refresh_token', code: 'invalid' }],
    };
  }
  if (error === 'invalid_grant') {
    const code = description.includes('expired') ? 'expired' : 'invalid';
    return {
      message: 'Bad Request',
      errors: [{ resource: 'AuthorizationCode', field: 'code', code }],
    };
  }
  return {
    message: 'Bad Request',
    errors: [{ resource: 'Authorize', field: error, code: 'invalid' }],
  };
}

/**
 * The Strava sandbox: a fake authorization server on www.strava.com (`/oauth/authorize`,
 * `/oauth/token`, the secret in the form body, comma-separated scopes, unticked scopes reported
 * in the callback's `scope`, 6-hour tokens, `expires_at` and the athlete in the token answer,
 * rotating refresh tokens, Strava-shaped error bodies) and the API handlers rendering the
 * shared sandbox timeline. Credentials are the sandbox's (`SANDBOX_CLIENT`).
 *
 * @param options - Timeline end and length, clock, synthetic activities.
 * @example
 * ```ts
 * const plugin = stravaSandboxPlugin({ now: Date.parse('2026-11-22T00:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.current.rateLimit.usage.readShort = 100; // the 15-minute read budget is spent
 * ```
 */
export function stravaSandboxPlugin(options: StravaSandboxPluginOptions = {}): StravaSandboxPlugin {
  let current: StravaHandlers | undefined;
  const clock = options.clock ?? (() => Date.now());
  return {
    id: 'strava',
    hosts: ['www.strava.com'],
    get current(): StravaHandlers {
      if (!current)
        throw new TypeError('stravaSandboxPlugin: pass the plugin to createSandbox first');
      return current;
    },
    handlers(context) {
      const client = { ...SANDBOX_CLIENT, authMethod: 'client_secret_post' as const };
      const auth = context.createAuthorizationServer({
        baseUrl: 'https://www.strava.com',
        authorizePath: '/oauth/authorize',
        tokenPath: '/oauth/token',
        // Strava has no RFC 7009 endpoint; POST /oauth/deauthorize is the API handlers' own.
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
      });
      const fake = createStravaFake({
        seed: context.seed,
        ...(options.now === undefined ? {} : { now: options.now }),
        ...(options.days === undefined ? {} : { days: options.days }),
      });
      current = createStravaHandlers({
        auth,
        fake,
        clock,
        extraActivities: options.extraActivities ?? 0,
        client: { clientId: client.clientId, clientSecret: client.clientSecret ?? '' },
      });
      return current.handlers;
    },
  };
}
