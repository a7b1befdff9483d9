import {
  type BudgetDecision,
  createProviderApi,
  type FakeAuthorizationServer,
  inWindow,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  pageNumberPage,
  type WindowBudget,
} from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import {
  PELOTON_API_BASE_URL,
  PELOTON_MAX_PAGE_SIZE,
  PELOTON_PLATFORM,
  PELOTON_ROUTES,
  type PelotonRouteName,
} from '../endpoints.js';
import type { PelotonFake } from './fake.js';
import { pelotonWorkoutWithJoins } from './fake-workouts.js';

/** Knobs of the sandbox API; change them at any time during a test. */
export interface PelotonApiKnobs {
  /**
   * Cloudflare's rate limiting in front of the API (one window, `minute`): spend it with
   * `rateLimit.spend('minute')`, or lower `rateLimit.limits.minute`. Public routes are outside it.
   */
  readonly rateLimit: WindowBudget;
}

/** Counters of the sandbox API: the kit's, plus requests the web app would not send. */
export interface PelotonApiStats extends ProviderApiStats {
  /** API requests without `Peloton-Platform: web`. */
  missingPlatformHeader: number;
}

/** Settings of {@link createPelotonHandlers}. */
export interface PelotonHandlersOptions {
  /** The authorization server whose tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The member's data. */
  readonly data: PelotonFake;
  /** Live knobs. */
  readonly knobs: PelotonApiKnobs;
  /** Live counters, shared with the plugin handle. */
  readonly stats: PelotonApiStats;
  /**
   * Check every answer against its route's schema (the sandbox's `validateAnswers`).
   * @defaultValue false
   */
  readonly validate?: boolean;
}

// Peloton's own error body, e.g. {"status":401,"error_code":3020,"message":"Not logged in"}.
const pelotonError = (status: number, message: string, errorCode?: number) =>
  Response.json(
    { status, ...(errorCode === undefined ? {} : { error_code: errorCode }), message },
    { status },
  );

const NOT_FOUND: Record<PelotonRouteName, string> = {
  me: 'User not found',
  userWorkouts: 'User not found',
  workout: 'Workout not found',
  performanceGraph: 'Workout not found',
  workoutSummary: 'Workout not found',
  rideDetails: 'Ride not found',
  instructors: 'Instructor not found',
  instructor: 'Instructor not found',
};

/** Peloton's error bodies; the 429 is Cloudflare's plain-text page, not Peloton's JSON. */
const PELOTON_ERRORS: ProviderErrorAnswers = {
  unauthorized: () => pelotonError(401, 'Not logged in', 3020),
  forbidden: ({ missing }) => pelotonError(403, `Access forbidden: no ${missing.join(', ')}`),
  rateLimited: () =>
    new Response('error code: 1015', { status: 429, headers: { 'content-type': 'text/plain' } }),
  notFound: ({ name }) => pelotonError(404, NOT_FOUND[name as PelotonRouteName] ?? 'Not found'),
  badRequest: (message) => pelotonError(400, message),
};

// Cloudflare sends no budget headers, only `Retry-After` on its 429: the rest of the window.
function cloudflareHeaders({ limited, window, now }: BudgetDecision): Record<string, string> {
  if (!limited || window === undefined) return {};
  return { 'retry-after': String(Math.max(1, Math.ceil((window.resetAt - now) / 1000))) };
}

// Routes with a `null` scope in the table are public: answered without a token.
const PUBLIC_ROUTES = (Object.keys(PELOTON_ROUTES) as PelotonRouteName[]).filter(
  (name) => PELOTON_ROUTES[name].scope === null,
);

// Peloton's lists count pages from 0, take `limit` and say themselves whether a page follows.
function pelotonPage<T>(items: readonly T[], url: URL) {
  const paging = { page: 'page', firstPage: 0, pageSize: 'limit', defaultSize: 20 } as const;
  const slice = pageNumberPage(items, url, { ...paging, maxSize: PELOTON_MAX_PAGE_SIZE });
  if (slice.error !== undefined) return PELOTON_ERRORS.badRequest(slice.error);
  const page = Number(url.searchParams.get('page') ?? 0);
  return {
    data: slice.items,
    page,
    limit: slice.pageSize,
    total: slice.total,
    page_count: Math.ceil(slice.total / slice.pageSize),
    show_next: slice.next !== undefined,
    show_previous: page > 0,
  };
}

const epochMs = (value: string | null): number | undefined => {
  const ms = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};

/**
 * msw handlers for every route of `PELOTON_ROUTES` on `https://api.onepeloton.com`, built with
 * `createProviderApi`: bearer tokens checked against `auth` and each route's scope (public
 * routes answered to anyone), Peloton's error bodies, Cloudflare's 429 from `knobs.rateLimit`.
 * The answers: `/api/me`, the workout list (`page`/`limit` from page 0, `from`/`to`, `joins`),
 * a workout, its performance graph (GPS only with `Peloton-Platform: web`), its summary, class
 * details (404 for classes without segments) and instructors. Requests without
 * `Peloton-Platform: web` are counted in `stats.missingPlatformHeader`.
 *
 * @param options - Authorization server, data, knobs, counters and answer validation.
 * @example
 * ```ts
 * const handlers = createPelotonHandlers({ auth, data: createPelotonFake(), knobs, stats });
 * ```
 */
export function createPelotonHandlers(options: PelotonHandlersOptions): HttpHandler[] {
  const { data, stats } = options;
  const api = createProviderApi({
    baseUrl: PELOTON_API_BASE_URL,
    routes: PELOTON_ROUTES,
    auth: options.auth,
    stats,
    errors: PELOTON_ERRORS,
    budget: options.knobs.rateLimit,
    rateLimitHeaders: cloudflareHeaders,
    anonymous: PUBLIC_ROUTES,
    validate: options.validate ?? false,
    answers: {
      me: () => data.user,
      userWorkouts: ({ params, url }) => {
        if (params.id !== data.user.id) return undefined;
        const query = url.searchParams;
        const since = epochMs(query.get('from'));
        const until = epochMs(query.get('to'));
        const all = inWindow(data.workouts, (w) => ({ start: w.created_at * 1000 }), {
          since,
          until,
        });
        const body = pelotonPage(all, url);
        if (body instanceof Response) return body;
        const next = all[(body.page + 1) * body.limit];
        const joins = query.get('joins') ?? '';
        return {
          ...body,
          data: body.data.map((workout) => pelotonWorkoutWithJoins(workout, joins)),
          count: body.data.length,
          sort_by: '-created,-pk',
          next: next ? { workout_id: next.id, created_at: next.created_at } : null,
          summary: {},
          aggregate_stats: [],
        };
      },
      workout: ({ params, url }) => {
        const workout = data.workouts.find((w) => w.id === params.id);
        return workout && pelotonWorkoutWithJoins(workout, url.searchParams.get('joins') ?? 'ride');
      },
      performanceGraph: ({ params, url, request }) => {
        const everyN = Math.max(1, Number(url.searchParams.get('every_n') ?? 5) || 5);
        // Peloton leaves the GPS track out unless the request says it comes from the web app.
        const web = request.headers.get('peloton-platform') === PELOTON_PLATFORM;
        return data.performanceGraph(params.id ?? '', everyN, web);
      },
      workoutSummary: ({ params }) => data.summary(params.id ?? ''),
      // Classes without segments (audio-only) are a 404, like unknown ones.
      rideDetails: ({ params }) => data.rideDetails(params.id ?? '') ?? undefined,
      instructors: ({ url }) => pelotonPage(data.instructors, url),
      instructor: ({ params }) => data.instructors.find((item) => item.id === params.id),
    },
  });
  // Runs before the routes and falls through: counts requests the web app would not send.
  const platform = http.all(`${PELOTON_API_BASE_URL}/api/*`, ({ request }) => {
    if (request.headers.get('peloton-platform') !== PELOTON_PLATFORM) {
      stats.missingPlatformHeader += 1;
    }
    return undefined;
  });
  return [platform, ...api.handlers];
}
