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

  return [...api('v4'), ...api('v4beta'), ...createFitbitGoneHandlers()];
}
