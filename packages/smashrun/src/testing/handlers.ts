import { type RouteMethod, routeScopes } from '@fitlink/core';
import type { AuthenticatedToken, FakeAuthorizationServer } from '@fitlink/testing';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { SMASHRUN_API_BASE_URL, SMASHRUN_ROUTES, type SmashrunRouteName } from '../endpoints.js';
import type { SmashrunActivity } from '../schemas/activity.js';
import {
  renderSmashrunBadges,
  renderSmashrunNotables,
  renderSmashrunPolyline,
  renderSmashrunSplits,
  renderSmashrunStats,
} from './derived.js';
import { type SmashrunFakeData, toSmashrunSummary } from './fake.js';
import { formatUtc } from './wire-format.js';

/** Settings of {@link createSmashrunHandlers}. */
export interface SmashrunHandlersOptions {
  /** The SmashRun authorization server whose tokens the API accepts. */
  auth: FakeAuthorizationServer;
  /** The athlete's data. */
  data: SmashrunFakeData;
  /** Clock of the per-user hourly budget, epoch ms. @defaultValue Date.now */
  now?: () => number;
  /** Requests per user per rolling hour before a 429. @defaultValue 250 */
  requestsPerHour?: number;
  /** API base URL. @defaultValue 'https://api.smashrun.com/v1/' */
  baseUrl?: string;
}

/** The SmashRun API handlers plus the knobs and records tests use. */
export interface SmashrunHandlers {
  /** msw handlers of every endpoint the client calls. */
  readonly handlers: HttpHandler[];
  /** Every API request that reached a handler (URL), in order. */
  readonly requests: URL[];
  /** Behaviour switches, writable at any time. */
  readonly knobs: {
    /** Requests per user per rolling hour before a 429 `Retry-After`. */
    requestsPerHour: number;
  };
  /** Marks the hourly budget of every user as spent from now on (the next request gets a 429). */
  spendBudget(): void;
}

const HOUR_MS = 3_600_000;
const METHODS: Record<RouteMethod, typeof http.get> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
};
const notFound = () =>
  HttpResponse.json({ Message: 'No activity found with that id' }, { status: 404 });

/**
 * msw handlers for SmashRun's API on `https://api.smashrun.com/v1`: user info, activities
 * (all, search in four styles with `page`/`count`/`fromDate`, one, splits, polyline,
 * notables, upload), stats, badges and body weight, each at its path in `SMASHRUN_ROUTES`.
 * Tokens come from `auth` as a bearer header or an `access_token` query parameter (SmashRun
 * accepts both); each route needs its scope from the table (writes need `write_activity`).
 * Each user has 250 requests per rolling hour: beyond it, 429 with `Retry-After` (SmashRun
 * documents no budget headers, so none are sent).
 *
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
 * const plugin = smashrunSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.api?.spendBudget();
 * ```
 */
export function createSmashrunHandlers(options: SmashrunHandlersOptions): SmashrunHandlers {
  const { auth, data } = options;
  const now = options.now ?? Date.now;
  const base = (options.baseUrl ?? SMASHRUN_API_BASE_URL).replace(/\/$/, '');
  const requests: URL[] = [];
  const knobs = { requestsPerHour: options.requestsPerHour ?? 250 };
  const sent = new Map<string, number[]>();
  let spentAt: number | undefined;

  const byStart = (list: SmashrunActivity[]) =>
    [...list].sort((a, b) => Date.parse(b.startDateTimeLocal) - Date.parse(a.startDateTimeLocal));
  const find = (id: string | readonly string[] | undefined) =>
    data.activities.find((run) => String(run.activityId) === String(id));

  // Authenticates, counts the user's budget and answers 401/403/429 before the route runs.
  const guard =
    (
      route: (
        request: Request,
        url: URL,
        params: Record<string, string | readonly string[] | undefined>,
      ) => Response | Promise<Response>,
      scopes: readonly string[],
    ) =>
    async ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const url = new URL(request.url);
      requests.push(url);
      let authed = request;
      const queryToken = url.searchParams.get('access_token');
      if (!request.headers.has('authorization') && queryToken) {
        // SmashRun takes the token as a URL parameter too.
        authed = new Request(request, { headers: { authorization: `Bearer ${queryToken}` } });
      }
      const token: AuthenticatedToken | null = auth.authenticate(authed);
      if (token === null) return auth.unauthorizedResponse();
      const user = token.userId ?? token.clientId;
      const at = now();
      const window = (sent.get(user) ?? []).filter((time) => time > at - HOUR_MS);
      if (spentAt !== undefined && spentAt > at - HOUR_MS) {
        while (window.length < knobs.requestsPerHour) window.unshift(spentAt);
        spentAt = undefined;
      }
      if (window.length >= knobs.requestsPerHour) {
        sent.set(user, window);
        const retryAfter = Math.max(1, Math.ceil(((window[0] ?? at) + HOUR_MS - at) / 1000));
        return HttpResponse.json(
          { error: 'rate_limited', error_description: 'Too many requests: 250 per hour per user' },
          { status: 429, headers: { 'Retry-After': String(retryAfter) } },
        );
      }
      window.push(at);
      sent.set(user, window);
      const missing = scopes.find((scope) => !token.scope.includes(scope));
      if (missing !== undefined) {
        return HttpResponse.json(
          { error: 'insufficient_scope', error_description: `${missing} scope required` },
          { status: 403 },
        );
      }
      return route(request, url, params);
    };

  // One handler per route of the table: its method, its path (msw reads the same `:param`
  // syntax) and its scope.
  const route = (name: SmashrunRouteName, answer: Parameters<typeof guard>[0]) => {
    const definition = SMASHRUN_ROUTES[name];
    return METHODS[definition.method](
      `${base}/${definition.path}`,
      guard(answer, routeScopes(definition)),
    );
  };

  const search =
    (style: 'summary' | 'briefs' | 'ids' | 'extended'): Parameters<typeof guard>[0] =>
    (_request, url) => {
      const page = Number(url.searchParams.get('page') ?? 0);
      const count = Math.min(100, Number(url.searchParams.get('count') ?? 25));
      // fromDate: unix seconds UTC; a run counts when it was created or updated since then.
      const fromDate = url.searchParams.get('fromDate');
      const since = fromDate === null ? undefined : Number(fromDate) * 1000;
      const matching = byStart(data.activities).filter(
        (run) => since === undefined || Date.parse(`${run.dateUpdatedUTC}Z`) >= since,
      );
      const slice = matching.slice(page * count, page * count + count);
      if (style === 'ids') return HttpResponse.json(slice.map((run) => run.activityId));
      if (style === 'briefs') {
        return HttpResponse.json(
          slice.map(({ activityId, startDateTimeLocal, distance, duration }) => ({
            activityId,
            startDateTimeLocal,
            distance,
            duration,
          })),
        );
      }
      return HttpResponse.json(style === 'extended' ? slice : slice.map(toSmashrunSummary));
    };

  const upload: Parameters<typeof guard>[0] = async (request) => {
    const type = request.headers.get('content-type') ?? '';
    const id = 42_000_000 + data.activities.length;
    const created = formatUtc(now());
    if (type.includes('json')) {
      const run = (await request.json().catch(() => null)) as Partial<SmashrunActivity> | null;
      if (
        !run ||
        typeof run.startDateTimeLocal !== 'string' ||
        typeof run.distance !== 'number' ||
        typeof run.duration !== 'number'
      ) {
        return HttpResponse.json(
          { Message: 'startDateTimeLocal, distance and duration are required' },
          { status: 400 },
        );
      }
      data.activities.push({
        activityType: 'running',
        source: 'api',
        ...run,
        activityId: id,
        startDateTimeLocal: run.startDateTimeLocal,
        distance: run.distance,
        duration: run.duration,
        dateCreatedUTC: created,
        dateUpdatedUTC: created,
      } as SmashrunActivity);
    } else if ((await request.arrayBuffer()).byteLength === 0) {
      return HttpResponse.json({ Message: 'Empty file' }, { status: 400 });
    }
    return HttpResponse.json([id]);
  };

  return {
    requests,
    knobs,
    spendBudget: () => {
      spentAt = now();
    },
    handlers: [
      route('userInfo', () => HttpResponse.json(data.userInfo)),
      route('search', search('summary')),
      route('searchBriefs', search('briefs')),
      route('searchIds', search('ids')),
      route('searchExtended', search('extended')),
      route('activities', () => HttpResponse.json(byStart(data.activities).map(toSmashrunSummary))),
      route('uploadActivity', upload),
      route('activity', (_r, _u, params) => {
        const run = find(params.activityId);
        return run ? HttpResponse.json(run) : notFound();
      }),
      route('splits', (_r, _u, params) => {
        const run = find(params.activityId);
        if (!run) return notFound();
        if (params.unit !== 'km' && params.unit !== 'mi')
          return HttpResponse.json({ Message: 'unit must be km or mi' }, { status: 400 });
        return HttpResponse.json(renderSmashrunSplits(run, params.unit));
      }),
      route('polyline', (_r, _u, params) => {
        const run = find(params.activityId);
        const polyline = run ? renderSmashrunPolyline(run) : null;
        return run && polyline !== null
          ? HttpResponse.json({ activityId: run.activityId, polyline })
          : notFound();
      }),
      route('notables', (_r, _u, params) => {
        const run = find(params.activityId);
        return run ? HttpResponse.json(renderSmashrunNotables(run, data.activities)) : notFound();
      }),
      route('stats', () => HttpResponse.json(renderSmashrunStats(data.activities))),
      route('statsYear', (_r, _u, params) =>
        HttpResponse.json(renderSmashrunStats(data.activities, Number(params.year))),
      ),
      route('statsMonth', (_r, _u, params) =>
        HttpResponse.json(
          renderSmashrunStats(data.activities, Number(params.year), Number(params.month)),
        ),
      ),
      route('badges', () => HttpResponse.json(renderSmashrunBadges(data.activities))),
      route('bodyWeight', () => HttpResponse.json(data.weights)),
      route('bodyWeightLatest', () => {
        const latest = data.weights.at(-1);
        return latest ? HttpResponse.json(latest) : HttpResponse.json(null);
      }),
      route('recordBodyWeight', async (request) => {
        const body = (await request.json().catch(() => null)) as {
          date?: unknown;
          weightInKilograms?: unknown;
        } | null;
        if (!body || typeof body.weightInKilograms !== 'number') {
          return HttpResponse.json({ Message: 'weightInKilograms is required' }, { status: 400 });
        }
        data.weights.push({
          date:
            typeof body.date === 'string' ? body.date : new Date(now()).toISOString().slice(0, 10),
          weightInKilograms: body.weightInKilograms,
        });
        return new HttpResponse(null, { status: 204 });
      }),
    ],
  };
}
