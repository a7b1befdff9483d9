import {
  createProviderApi,
  type FakeAuthorizationServer,
  inWindow,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  pageNumberPage,
  type RouteAnswer,
  type WindowBudget,
} from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import { SMASHRUN_API_BASE_URL, SMASHRUN_MAX_PAGE_SIZE, SMASHRUN_ROUTES } from '../endpoints.js';
import type { SmashrunActivity } from '../schemas/activity.js';
import {
  renderSmashrunBadges,
  renderSmashrunNotables,
  renderSmashrunPolyline,
  renderSmashrunSplits,
  renderSmashrunStats,
} from './derived.js';
import { type SmashrunFake, toSmashrunSummary } from './fake.js';
import { smashrunRecordWeightAnswer, smashrunUploadAnswer } from './writes.js';

/** The SmashRun sandbox's switches, writable at any time. */
export interface SmashrunSandboxKnobs {
  /**
   * The hourly budget (window `hour`, 250 requests from the first request of the hour; set
   * `limits.hour` to change it, `spend('hour')` to answer the next request 429 `Retry-After`).
   */
  readonly rateLimit: WindowBudget;
}

/** The SmashRun sandbox's counters: the kit's, plus every API request URL. */
export interface SmashrunSandboxStats extends ProviderApiStats {
  /** Every API request that reached the sandbox (faults aside), in order, with its query. */
  readonly requestUrls: URL[];
}

/** Settings of {@link createSmashrunHandlers}. */
export interface SmashrunHandlersOptions {
  /** The SmashRun authorization server whose tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The athlete's data. */
  readonly data: SmashrunFake;
  /** The budget and switches. */
  readonly knobs: SmashrunSandboxKnobs;
  /** The counters to update. */
  readonly stats: SmashrunSandboxStats;
  /** Check every JSON answer against its route's schema. @defaultValue false */
  readonly validate?: boolean;
  /** Clock of uploads and recordings, epoch ms. @defaultValue Date.now */
  readonly now?: () => number;
  /** API base URL. @defaultValue 'https://api.smashrun.com/v1/' */
  readonly baseUrl?: string;
}

const message = (status: number, text: string) => Response.json({ Message: text }, { status });

/** SmashRun's error answers: OAuth-style for scope and budget, ASP.NET `Message` otherwise. */
const errors: ProviderErrorAnswers = {
  forbidden: ({ missing }) =>
    Response.json(
      { error: 'insufficient_scope', error_description: `${missing.join(' ')} scope required` },
      { status: 403 },
    ),
  rateLimited: ({ window }) =>
    Response.json(
      {
        error: 'rate_limited',
        error_description: `Too many requests: ${window?.limit ?? 250} per hour per user`,
      },
      { status: 429 },
    ),
  notFound: () => message(404, 'No activity found with that id'),
  badRequest: (text) => message(400, text),
};

// SmashRun's search: `page` from 0, `count` 25 by default and at most 100.
const SEARCH_PAGING = {
  page: 'page',
  firstPage: 0,
  pageSize: 'count',
  defaultSize: 25,
  maxSize: SMASHRUN_MAX_PAGE_SIZE,
} as const;

// SmashRun takes the access token as an `access_token` URL parameter too. The kit's API reads
// only `authenticate` and `unauthorizedResponse` of the server it is given.
function acceptQueryToken(auth: FakeAuthorizationServer): FakeAuthorizationServer {
  return {
    ...auth,
    authenticate(request) {
      const token = new URL(request.url).searchParams.get('access_token');
      if (request.headers.has('authorization') || token === null) return auth.authenticate(request);
      return auth.authenticate(
        new Request(request.url, { headers: { authorization: `Bearer ${token}` } }),
      );
    },
  };
}

/**
 * msw handlers for SmashRun's API on `https://api.smashrun.com/v1`, one per route of
 * `SMASHRUN_ROUTES` (through `createProviderApi`): user info, activities (all, search in four
 * styles with `page`/`count`/`fromDate`, one, splits, polyline, notables, upload), stats,
 * badges and body weight. Tokens come as a bearer header or an `access_token` query parameter;
 * each route needs its scope from the table. The budget in `knobs.rateLimit` answers 429 with
 * `Retry-After` when spent (SmashRun documents no budget headers, so no others are sent).
 *
 * @example
 * ```ts
 * import { createSandbox } from '@fitlink/testing';
 * import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
 * const plugin = smashrunSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') });
 * const sandbox = createSandbox({ providers: [plugin] });
 * plugin.knobs.rateLimit.spend('hour');
 * ```
 */
export function createSmashrunHandlers(options: SmashrunHandlersOptions): HttpHandler[] {
  const { data, stats } = options;
  const now = options.now ?? Date.now;
  const baseUrl = options.baseUrl ?? SMASHRUN_API_BASE_URL;
  const byStart = (list: readonly SmashrunActivity[]) =>
    [...list].sort((a, b) => Date.parse(b.startDateTimeLocal) - Date.parse(a.startDateTimeLocal));
  const find = (id: string | undefined) =>
    data.activities.find((run) => String(run.activityId) === id);
  const writes = { data, now, badRequest: errors.badRequest };

  const search =
    (style: 'summary' | 'briefs' | 'ids' | 'extended'): RouteAnswer =>
    ({ url }) => {
      // fromDate: unix seconds UTC; a run counts when it was created or updated since then.
      const fromDate = url.searchParams.get('fromDate');
      const runs = byStart(data.activities);
      const matching =
        fromDate === null
          ? runs
          : inWindow(runs, (run) => ({ start: `${run.dateUpdatedUTC}Z` }), {
              since: Number(fromDate) * 1000,
            });
      const slice = pageNumberPage(matching, url, SEARCH_PAGING);
      if (slice.error !== undefined) return errors.badRequest(slice.error);
      if (style === 'ids') return slice.items.map((run) => run.activityId);
      if (style === 'briefs') {
        return slice.items.map(({ activityId, startDateTimeLocal, distance, duration }) => ({
          activityId,
          startDateTimeLocal,
          distance,
          duration,
        }));
      }
      return style === 'extended' ? slice.items : slice.items.map(toSmashrunSummary);
    };

  const api = createProviderApi({
    baseUrl,
    routes: SMASHRUN_ROUTES,
    auth: acceptQueryToken(options.auth),
    errors,
    stats,
    budget: options.knobs.rateLimit,
    rateLimitHeaders: ({ limited, window, now: at }) =>
      limited && window
        ? { 'Retry-After': String(Math.max(1, Math.ceil((window.resetAt - at) / 1000))) }
        : {},
    validate: options.validate ?? false,
    answers: {
      userInfo: () => data.userInfo,
      activities: () => byStart(data.activities).map(toSmashrunSummary),
      uploadActivity: smashrunUploadAnswer(writes),
      search: search('summary'),
      searchBriefs: search('briefs'),
      searchIds: search('ids'),
      searchExtended: search('extended'),
      activity: ({ params }) => find(params.activityId),
      splits: ({ params }) => {
        const run = find(params.activityId);
        if (!run) return undefined;
        if (params.unit !== 'km' && params.unit !== 'mi') {
          return errors.badRequest('unit must be km or mi');
        }
        return renderSmashrunSplits(run, params.unit);
      },
      polyline: ({ params }) => {
        const run = find(params.activityId);
        const polyline = run ? renderSmashrunPolyline(run) : null;
        // A run without GPS has no route: 404, as for an unknown run.
        return run && polyline !== null ? { activityId: run.activityId, polyline } : undefined;
      },
      notables: ({ params }) => {
        const run = find(params.activityId);
        return run ? renderSmashrunNotables(run, data.activities) : undefined;
      },
      stats: () => renderSmashrunStats(data.activities),
      statsYear: ({ params }) => renderSmashrunStats(data.activities, Number(params.year)),
      statsMonth: ({ params }) =>
        renderSmashrunStats(data.activities, Number(params.year), Number(params.month)),
      badges: () => renderSmashrunBadges(data.activities),
      bodyWeight: () => data.weights,
      // No recording yet: SmashRun answers `null`, which the route's schema does not describe.
      bodyWeightLatest: () => data.weights.at(-1) ?? Response.json(null),
      recordBodyWeight: smashrunRecordWeightAnswer(writes),
    },
  });
  // Logs each request before the route answers (a handler that returns nothing passes it on).
  const log = http.all(`${baseUrl.replace(/\/+$/, '')}/*`, ({ request }) => {
    stats.requestUrls.push(new URL(request.url));
  });
  return [log, ...api.handlers];
}
