import {
  createProviderApi,
  type FakeAuthorizationServer,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  tokenPage,
  type WindowBudget,
} from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import { GOOGLE_HEALTH_DATA_TYPES } from '../data-types.js';
import {
  GOOGLE_HEALTH_MAX_PAGE_SIZE,
  GOOGLE_HEALTH_ROUTES,
  googleHealthApiBaseUrl,
  googleHealthScopeOf,
} from '../endpoints.js';
import { FITBIT_HOSTS } from '../fitbit-migration.js';
import { maxPageSize } from '../resources/data-points.js';
import type { GoogleHealthSubscriber, GoogleHealthSubscription } from '../schemas/subscriber.js';
import { GOOGLE_HEALTH_SUBSCRIBER_ROUTES } from '../subscriber-routes.js';
import type { GoogleHealthSandboxData } from './fake.js';
import { applyFilter, parseFilter } from './filter.js';
import { dailyRollUpWindows, rollUpWindows } from './rollups.js';

/** Settings of {@link createGoogleHealthHandlers}. */
export interface GoogleHealthHandlersOptions {
  /** The authorization server whose access tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The data to serve. */
  readonly data: GoogleHealthSandboxData;
  /** The project's per-minute budget (window `minute`); a spent window answers 429 with `Retry-After`. */
  readonly budget: WindowBudget;
  /** Live counters to update (the plugin's `stats`). @defaultValue new counters */
  readonly stats?: ProviderApiStats;
  /** Check every answer against its route's schema. @defaultValue false */
  readonly validate?: boolean;
}

const status = (code: number, statusText: string, message: string) =>
  Response.json({ error: { code, message, status: statusText } }, { status: code });

/** Google's `google.rpc.Status` error bodies. */
const GOOGLE_HEALTH_SANDBOX_ERRORS: ProviderErrorAnswers = {
  unauthorized: () =>
    new Response(
      JSON.stringify({
        error: {
          code: 401,
          message: 'Request had invalid authentication credentials.',
          status: 'UNAUTHENTICATED',
        },
      }),
      {
        status: 401,
        headers: {
          'content-type': 'application/json',
          'www-authenticate': 'Bearer error="invalid_token"',
        },
      },
    ),
  forbidden: () =>
    status(403, 'PERMISSION_DENIED', 'Request had insufficient authentication scopes.'),
  rateLimited: () => status(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric.'),
  notFound: () => status(404, 'NOT_FOUND', 'Requested entity was not found.'),
  badRequest: (message) => status(400, 'INVALID_ARGUMENT', message),
};

/**
 * The route table as msw patterns: a custom method's colon (`dataPoints:rollUp`) is escaped, or
 * msw would read `:rollUp` as a path parameter and one pattern would catch every method.
 */
const SANDBOX_ROUTES = Object.fromEntries(
  Object.entries(GOOGLE_HEALTH_ROUTES).map(([name, route]) => [
    name,
    { ...route, path: route.path.replace('dataPoints:', 'dataPoints\\:') },
  ]),
) as typeof GOOGLE_HEALTH_ROUTES;

/** The body Fitbit's shut-down hosts answer with. */
const FITBIT_GONE = {
  errors: [
    {
      errorType: 'gone',
      message: 'The Fitbit Web API was shut down on 2026-11-02. Use the Google Health API.',
    },
  ],
  success: false,
};

/**
 * msw handlers for the shut-down Fitbit Web API and Fitbit OAuth hosts: every request answers
 * `410 Gone`, as they have since 2026-11-02.
 *
 * @example
 * ```ts
 * import { createFitbitGoneHandlers } from '@fitlink/google-health/testing';
 * const handlers = createFitbitGoneHandlers();
 * ```
 */
export function createFitbitGoneHandlers(): HttpHandler[] {
  return FITBIT_HOSTS.map((host) =>
    http.all(`https://${host}/*`, () => Response.json(FITBIT_GONE, { status: 410 })),
  );
}

/**
 * msw handlers of every route of {@link GOOGLE_HEALTH_ROUTES} on both channels (`v4`,
 * `v4beta`), built with `@fitlink/testing`'s `createProviderApi`: bearer tokens checked against
 * `auth` and the data type's scope (403 `PERMISSION_DENIED`), `pageSize`/`pageToken` paging with
 * Google's caps (25 for exercise and sleep, 10,000 otherwise; 1,440 by default), AIP-160 time
 * filters, newest first, roll-ups that return only windows with data (a zero sum omitted, as
 * proto3 does), `429 RESOURCE_EXHAUSTED` with `Retry-After` when the budget is spent, and
 * Fitbit's hosts answering 410.
 *
 * @param options - Authorization server, data, budget, counters and answer validation.
 * @example
 * ```ts
 * import { createFakeAuthorizationServer, createWindowBudget } from '@fitlink/testing';
 * import { createGoogleHealthFake, createGoogleHealthHandlers } from '@fitlink/google-health/testing';
 *
 * const handlers = createGoogleHealthHandlers({
 *   auth: createFakeAuthorizationServer(),
 *   data: createGoogleHealthFake({ now: Date.parse('2026-11-20T12:00:00Z') }),
 *   budget: createWindowBudget({ windows: [{ name: 'minute', limit: 3000, windowMs: 60_000 }] }),
 * });
 * ```
 */
export function createGoogleHealthHandlers(options: GoogleHealthHandlersOptions): HttpHandler[] {
  const { data } = options;
  const errors = GOOGLE_HEALTH_SANDBOX_ERRORS;
  const fieldOf = (dataType: string) =>
    (GOOGLE_HEALTH_DATA_TYPES as Record<string, { field: string }>)[dataType]?.field;

  // The data type's own scope, on top of the route's "any data scope".
  const guard = (dataType: string | undefined, scope: readonly string[] | undefined) => {
    if (dataType === undefined || fieldOf(dataType) === undefined) {
      return errors.badRequest(`Unknown data type: ${dataType}`);
    }
    const needed = googleHealthScopeOf(dataType);
    if (needed && scope && !scope.includes(needed))
      return errors.forbidden({ missing: [needed], name: 'dataPoints' });
    return undefined;
  };

  const list = (url: URL, dataType: string, reconciled: boolean) => {
    const key = fieldOf(dataType) ?? '';
    const clauses = parseFilter(url.searchParams.get('filter'));
    if (clauses === undefined) return errors.badRequest('Invalid filter expression.');
    const selected = applyFilter(data.dataPoints[dataType] ?? [], clauses, dataType, key);
    if (typeof selected === 'string') return errors.badRequest(selected);
    const startOf = (point: Record<string, unknown>) => {
      const value = point[key] as {
        interval?: { startTime: string };
        sampleTime?: { physicalTime: string };
        date?: { year: number; month: number; day: number };
      };
      if (value.interval) return Date.parse(value.interval.startTime);
      if (value.sampleTime) return Date.parse(value.sampleTime.physicalTime);
      return value.date ? Date.UTC(value.date.year, value.date.month - 1, value.date.day) : 0;
    };
    const newestFirst = [...selected].sort((a, b) => startOf(b) - startOf(a));
    const session = dataType === 'exercise' || dataType === 'sleep';
    const page = tokenPage(newestFirst, url, {
      token: 'pageToken',
      pageSize: 'pageSize',
      defaultSize: session ? 25 : 1440,
      maxSize: maxPageSize(dataType),
    });
    if (page.error !== undefined) return errors.badRequest(page.error);
    const items = reconciled
      ? page.items.map(({ name, dataSource: _source, ...rest }) => ({
          ...(name ? { dataPointName: name } : {}),
          ...rest,
        }))
      : page.items;
    return page.next === undefined
      ? { dataPoints: items }
      : { dataPoints: items, nextPageToken: page.next };
  };

  const rollUp = async (request: Request, dataType: string) => {
    const body = (await request.json().catch(() => undefined)) as
      | {
          range?: {
            startTime?: string;
            endTime?: string;
            start?: { date?: Record<string, number> };
            end?: { date?: Record<string, number> };
          };
          windowSize?: string;
          windowSizeDays?: number;
        }
      | undefined;
    const pathname = new URL(request.url).pathname;
    if (pathname.endsWith(':dailyRollUp')) {
      const text = (date: Record<string, number> | undefined) =>
        date
          ? `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
          : undefined;
      const first = text(body?.range?.start?.date);
      const last = text(body?.range?.end?.date);
      if (!first || !last || first >= last)
        return errors.badRequest('range.start must be before range.end.');
      const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
      const limit = ['heart-rate', 'total-calories'].includes(dataType) ? 14 : 90;
      if (days > limit)
        return errors.badRequest(`The maximum range for ${dataType} is ${limit} days.`);
      return { rollupDataPoints: dailyRollUpWindows(data, dataType, first, last) };
    }
    const start = Date.parse(body?.range?.startTime ?? '');
    const end = Date.parse(body?.range?.endTime ?? '');
    const window = /^(\d+)s$/.exec(body?.windowSize ?? '');
    if (!(start < end) || !window) return errors.badRequest('range and windowSize are required.');
    return {
      rollupDataPoints: rollUpWindows(data, dataType, start, end, Number(window[1]) * 1000).slice(
        0,
        GOOGLE_HEALTH_MAX_PAGE_SIZE,
      ),
    };
  };

  const api = (channel: 'v4' | 'v4beta') =>
    createProviderApi({
      baseUrl: googleHealthApiBaseUrl(channel).replace(/\/$/, ''),
      routes: SANDBOX_ROUTES,
      auth: options.auth,
      errors,
      budget: options.budget,
      rateLimitHeaders: (decision) =>
        decision.limited && decision.window
          ? {
              'Retry-After': String(
                Math.max(1, Math.ceil((decision.window.resetAt - decision.now) / 1000)),
              ),
            }
          : {},
      scopeMatch: 'any',
      validate: options.validate ?? false,
      ...(options.stats ? { stats: options.stats } : {}),
      answers: {
        dataPoints: ({ url, params, token }) =>
          guard(params.dataType, token?.scope) ?? list(url, params.dataType ?? '', false),
        dataPoint: ({ params, token }) =>
          guard(params.dataType, token?.scope) ??
          (data.dataPoints[params.dataType ?? ''] ?? []).find((point) =>
            point.name?.endsWith(`/dataPoints/${params.dataPointId}`),
          ),
        reconcile: ({ url, params, token }) =>
          guard(params.dataType, token?.scope) ?? list(url, params.dataType ?? '', true),
        rollUp: ({ request, params, token }) =>
          guard(params.dataType, token?.scope) ?? rollUp(request, params.dataType ?? ''),
        dailyRollUp: ({ request, params, token }) =>
          guard(params.dataType, token?.scope) ?? rollUp(request, params.dataType ?? ''),
        identity: () => data.identity,
        profile: () => data.profile,
      },
    }).handlers;

  // Webhook management: a project credential (any bearer token here) and in-memory state.
  const subscribers = new Map<string, GoogleHealthSubscriber>();
  const subscriptions = new Map<string, GoogleHealthSubscription>();
  const projectToken = (request: Request) =>
    /^Bearer \S+$/.test(request.headers.get('authorization') ?? '')
      ? undefined
      : status(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
  const admin = (channel: 'v4' | 'v4beta') =>
    createProviderApi({
      baseUrl: googleHealthApiBaseUrl(channel).replace(/\/$/, ''),
      routes: GOOGLE_HEALTH_SUBSCRIBER_ROUTES,
      auth: options.auth,
      errors,
      anonymous: Object.keys(
        GOOGLE_HEALTH_SUBSCRIBER_ROUTES,
      ) as (keyof typeof GOOGLE_HEALTH_SUBSCRIBER_ROUTES)[],
      validate: options.validate ?? false,
      answers: {
        subscribers: ({ request, params }) =>
          projectToken(request) ?? {
            subscribers: [...subscribers.values()].filter((s) =>
              s.name.startsWith(`projects/${params.projectId}/`),
            ),
          },
        createSubscriber: async ({ request, url, params }) => {
          const refused = projectToken(request);
          if (refused) return refused;
          const body = (await request.json().catch(() => ({}))) as {
            endpointUri?: string;
            endpointAuthorization?: { secret?: string };
            subscriberConfigs?: { dataTypes: string[]; subscriptionCreatePolicy: string }[];
          };
          if (!body.endpointUri?.startsWith('https://') || !body.endpointAuthorization?.secret) {
            return errors.badRequest(
              'endpointUri must be HTTPS and endpointAuthorization.secret is required.',
            );
          }
          const id = url.searchParams.get('subscriberId') ?? `subscriber-${subscribers.size + 1}`;
          const subscriber: GoogleHealthSubscriber = {
            name: `projects/${params.projectId}/subscribers/${id}`,
            endpointUri: body.endpointUri,
            state: 'ACTIVE',
            subscriberConfigs: body.subscriberConfigs ?? [],
            endpointAuthorization: { secretSet: true },
          };
          subscribers.set(id, subscriber);
          return { name: `operations/create-${id}`, done: true, response: subscriber };
        },
        deleteSubscriber: ({ request, params }) => {
          const refused = projectToken(request);
          if (refused) return refused;
          if (!subscribers.delete(params.subscriberId ?? '')) return undefined;
          return { name: `operations/delete-${params.subscriberId}`, done: true };
        },
        subscriptions: ({ request, params }) =>
          projectToken(request) ?? {
            subscriptions: [...subscriptions.values()].filter((s) =>
              s.name.includes(`/subscribers/${params.subscriberId}/`),
            ),
          },
        createSubscription: async ({ request, url, params }) => {
          const refused = projectToken(request);
          if (refused) return refused;
          const subscriber = subscribers.get(params.subscriberId ?? '');
          if (!subscriber) return undefined;
          const body = (await request.json().catch(() => ({}))) as {
            user?: string;
            dataTypes?: string[];
          };
          if (!body.user) return errors.badRequest('user is required.');
          const id =
            url.searchParams.get('subscriptionId') ?? `subscription-${subscriptions.size + 1}`;
          const subscription: GoogleHealthSubscription = {
            name: `${subscriber.name}/subscriptions/${id}`,
            user: body.user,
            dataTypes: body.dataTypes ?? [],
          };
          subscriptions.set(id, subscription);
          return subscription;
        },
        deleteSubscription: ({ request, params }) => {
          const refused = projectToken(request);
          if (refused) return refused;
          if (!subscriptions.delete(params.subscriptionId ?? '')) return undefined;
          return new Response(null, { status: 200 });
        },
      },
    }).handlers;

  return [
    ...api('v4'),
    ...api('v4beta'),
    ...admin('v4'),
    ...admin('v4beta'),
    ...createFitbitGoneHandlers(),
  ];
}
