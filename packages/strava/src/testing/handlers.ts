import {
  type AuthenticatedToken,
  type BudgetDecision,
  createProviderApi,
  type FakeAuthorizationServer,
  inWindow,
  type ProviderSandboxParts,
  pageNumberPage,
  type RouteAnswer,
} from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import {
  STRAVA_API_BASE_URL,
  STRAVA_DEAUTHORIZE_URL,
  STRAVA_MAX_PAGE_SIZE,
  STRAVA_ROUTES,
} from '../endpoints.js';
import { STRAVA_STREAM_KEYS, type StravaStreamKey } from '../schemas/streams.js';
import { missingStravaScopes, STRAVA_SCOPES, type StravaScope } from '../scopes.js';
import { createStravaApiGate } from './api-gate.js';
import { stravaCreatedAnswer } from './created-answer.js';
import type { StravaSandboxData } from './data.js';
import { stravaSandboxErrors } from './errors.js';
import type { StravaFakeActivity } from './fake.js';
import { stravaJsonResponse } from './json.js';
import type { StravaSandboxKnobs, StravaSandboxStats } from './plugin.js';
import { createStravaRevokeHandler } from './revoke.js';
import { createStravaSubscriptionAnswers } from './subscriptions.js';
import { createStravaWriteAnswers } from './uploads.js';

/** Settings of {@link createStravaHandlers}: the plugin's parts and the registered client. */
export interface StravaHandlersOptions
  extends ProviderSandboxParts<StravaSandboxData, StravaSandboxKnobs, StravaSandboxStats> {
  /** The registered client, for the push-subscription endpoints. */
  readonly client: {
    /** The application's Client ID the endpoints accept. */
    readonly clientId: string;
    /** The application's Client Secret the endpoints accept. */
    readonly clientSecret: string;
  };
}

const SCOPE_NAMES = Object.keys(STRAVA_SCOPES) as StravaScope[];

/**
 * The token of a request with the scopes its grant covers: Strava's `*_all` scope covers its
 * narrower sibling (see `missingStravaScopes`), and the kit matches scope names exactly.
 */
function authenticateCovering(auth: FakeAuthorizationServer) {
  return (request: Request): AuthenticatedToken | null => {
    const token = auth.authenticate(request);
    if (token === null) return null;
    const scope = SCOPE_NAMES.filter(
      (name) => missingStravaScopes([name], token.scope).length === 0,
    );
    return { ...token, scope };
  };
}

/**
 * Strava's rate-limit headers from the budget's four windows: `X-RateLimit-Limit` and `-Usage`
 * (overall, 15 minutes and day), `X-ReadRateLimit-Limit` and `-Usage` (reads).
 *
 * @param decision - The budget's decision for the request.
 */
export function stravaRateLimitHeaders({ windows }: BudgetDecision): Record<string, string> {
  const pair = (short: string, daily: string, field: 'limit' | 'used') =>
    [short, daily]
      .map((name) => windows.find((window) => window.name === name)?.[field] ?? 0)
      .join(',');
  return {
    'X-RateLimit-Limit': pair('short', 'daily', 'limit'),
    'X-RateLimit-Usage': pair('short', 'daily', 'used'),
    'X-ReadRateLimit-Limit': pair('readShort', 'readDaily', 'limit'),
    'X-ReadRateLimit-Usage': pair('readShort', 'readDaily', 'used'),
  };
}

/**
 * msw handlers for Strava's API on its real host, in its wire shape, one per route of
 * `STRAVA_ROUTES` (through `createProviderApi`): the athlete, zones, stats, activity list
 * (`before`/`after`/`page`/`per_page` ≤ 200, ascending with `after`, empty past the end), detail,
 * laps, zones, streams, manual creation, multipart uploads with asynchronous processing and
 * push subscriptions; plus `POST /oauth/revoke` (HTTP Basic) and the retiring
 * `POST /oauth/deauthorize`. Every API answer carries Strava's rate-limit headers from
 * `knobs.rateLimit`; a spent budget answers 429 without `Retry-After`, as Strava does. Before the
 * routes, a gate answers `knobs.applicationInactive` with Strava's 403 `Application Status
 * Inactive` and refuses a token sent in the query or a form body (see `createStravaApiGate`).
 *
 * @param options - The plugin's parts (authorization server, data, knobs, stats, context) and
 * the registered client.
 * @example
 * ```ts
 * createProviderSandboxPlugin({ …, api: (parts) => createStravaHandlers({ ...parts, client }) });
 * ```
 */
export function createStravaHandlers(options: StravaHandlersOptions): HttpHandler[] {
  const { auth, data, knobs, stats, context } = options;
  const { fake } = data;
  const created = stravaCreatedAnswer({ validate: context.validateAnswers, stats });
  const withActivity =
    (render: (activity: StravaFakeActivity, url: URL) => unknown): RouteAnswer =>
    ({ params, url }) => {
      const activity = data.activities().find((item) => String(item.id) === params.activityId);
      return activity ? render(activity, url) : undefined;
    };

  const api = createProviderApi({
    baseUrl: STRAVA_API_BASE_URL,
    routes: STRAVA_ROUTES,
    auth,
    authenticate: authenticateCovering(auth),
    stats,
    errors: stravaSandboxErrors,
    budget: knobs.rateLimit,
    rateLimitHeaders: stravaRateLimitHeaders,
    anonymous: ['createPushSubscription', 'pushSubscriptions', 'deletePushSubscription'],
    validate: context.validateAnswers,
    // Strava's int64 ids go out as bare integers, beyond 2^53 too.
    json: (value) => stravaJsonResponse(value),
    answers: {
      athlete: () => fake.athlete,
      athleteZones: () => fake.athleteZones,
      athleteStats: ({ params }) =>
        params.athleteId === String(fake.athlete.id) ? fake.stats(data.activities()) : undefined,
      athleteActivities: ({ url }) => {
        const after = url.searchParams.get('after');
        const before = url.searchParams.get('before');
        // `after` and `before` are exclusive, in epoch seconds.
        const selected = inWindow(
          data.activities(),
          ({ workout }) => ({ start: workout.startMs }),
          {
            since: after === null ? undefined : Number(after) * 1000 + 1,
            until: before === null ? undefined : Number(before) * 1000,
          },
        );
        // Oldest first when `after` is given, newest first otherwise.
        selected.sort(
          (a, b) => (a.workout.startMs - b.workout.startMs) * (after === null ? -1 : 1),
        );
        // Strava caps per_page at 200 rather than failing.
        const capped = new URL(url);
        if (Number(url.searchParams.get('per_page')) > STRAVA_MAX_PAGE_SIZE) {
          capped.searchParams.set('per_page', String(STRAVA_MAX_PAGE_SIZE));
        }
        const page = pageNumberPage(selected, capped, {
          page: 'page',
          pageSize: 'per_page',
          defaultSize: 30,
          maxSize: STRAVA_MAX_PAGE_SIZE,
        });
        if (page.error !== undefined) return stravaSandboxErrors.badRequest(page.error);
        return page.items.map(fake.summary);
      },
      activity: withActivity(fake.detailed),
      activityLaps: withActivity(fake.laps),
      activityZones: withActivity(fake.zones),
      activityStreams: withActivity((activity, url) => {
        const keys = (url.searchParams.get('keys') ?? '')
          .split(',')
          .filter((key): key is StravaStreamKey =>
            (STRAVA_STREAM_KEYS as readonly string[]).includes(key),
          );
        return fake.streams(activity, keys);
      }),
      ...createStravaWriteAnswers({
        data,
        pollsUntilReady: () => knobs.uploadPollsUntilReady,
        created,
      }),
      ...createStravaSubscriptionAnswers({
        client: options.client,
        data,
        verifyCallback: () => knobs.verifyWebhookCallback,
        created,
      }),
    },
  });

  // Strava's revocations live beside the token endpoint, outside the API and its budget.
  const deauthorize = http.post(STRAVA_DEAUTHORIZE_URL, async ({ request }) => {
    const form = new URLSearchParams(await request.text().catch(() => ''));
    const token =
      form.get('access_token') ??
      /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    const probe = new Request(request.url, {
      headers: { authorization: `Bearer ${token ?? ''}` },
    });
    if (!token || auth.authenticate(probe) === null) {
      return stravaSandboxErrors.unauthorized?.({ request }) ?? auth.unauthorizedResponse();
    }
    auth.revokeGrant(token);
    stats.deauthorizations += 1;
    return stravaJsonResponse({ access_token: token });
  });
  const gate = createStravaApiGate({
    baseUrl: STRAVA_API_BASE_URL,
    applicationInactive: () => knobs.applicationInactive,
    onTokenOutsideHeader: () => {
      stats.tokensOutsideHeader += 1;
    },
  });
  const revoke = createStravaRevokeHandler({ auth, stats, client: options.client });
  return [gate, ...api.handlers, revoke, deauthorize];
}
