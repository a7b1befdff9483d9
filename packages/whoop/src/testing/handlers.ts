import {
  type BudgetDecision,
  createProviderApi,
  type FakeAuthorizationServer,
  inWindow,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  tokenPage,
  type WindowBudget,
} from '@fitlink/testing';
import type { HttpHandler } from 'msw';
import { WHOOP_API_BASE_URL, WHOOP_MAX_PAGE_SIZE, WHOOP_ROUTES } from '../endpoints.js';
import type { WhoopPage } from '../schemas/page.js';
import type { WhoopSandboxData } from './fake.js';

/** Settings of {@link createWhoopHandlers}. */
export interface WhoopHandlersOptions {
  /** The authorization server whose access tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The data to serve. */
  readonly data: WhoopSandboxData;
  /** The rate-limit budget (windows `minute` and `day`) reported in `X-RateLimit-*` headers. */
  readonly budget: WindowBudget;
  /**
   * Live counters to update (the plugin's `stats`).
   * @defaultValue new counters
   */
  readonly stats?: ProviderApiStats;
  /**
   * Check every answer against its route's schema (the sandbox's `validateAnswers`).
   * @defaultValue false
   */
  readonly validate?: boolean;
}

/** WHOOP's error bodies: `{ message }` on every API error but the 401 (the RFC 6750 default). */
const WHOOP_SANDBOX_ERRORS: ProviderErrorAnswers = {
  // Every route of the table needs at most one scope.
  forbidden: ({ missing }) =>
    Response.json({ message: `This token lacks the ${missing[0]} scope` }, { status: 403 }),
  rateLimited: () => Response.json({ message: 'Too Many Requests' }, { status: 429 }),
  notFound: () => Response.json({ message: 'No resource found' }, { status: 404 }),
  badRequest: (message) => Response.json({ message }, { status: 400 }),
};

/**
 * WHOOP's `X-RateLimit-*` headers from the budget's windows: `Limit` names the window nearer to
 * running out first and then both (`100, 100;window=60, 10000;window=86400`), `Reset` is in
 * whole seconds, at least 1.
 *
 * @param decision - The budget's decision for the request.
 */
function whoopRateLimitHeaders(decision: BudgetDecision): Record<string, string> {
  const [minute, day] = decision.windows;
  if (minute === undefined || day === undefined) return {};
  const daily = day.remaining < minute.remaining || (day.remaining === 0 && minute.remaining === 0);
  const shown = daily ? day : minute;
  const windows = decision.windows.map(
    (window) => `${window.limit};window=${window.windowMs / 1000}`,
  );
  return {
    'X-RateLimit-Limit': [String(shown.limit), ...windows].join(', '),
    'X-RateLimit-Remaining': String(shown.remaining),
    'X-RateLimit-Reset': String(Math.max(1, Math.ceil((shown.resetAt - decision.now) / 1000))),
  };
}

/** A record's time span; a `null` end is still going on (the current cycle). */
type Span = { start: string; end: string | null };

/**
 * A WHOOP collection page: records whose span meets `[start, end)` (WHOOP's `start` matches
 * records that span it), newest first, `limit` ≤ 25 (10 by default) and `nextToken` paging.
 */
function page<T>(
  records: readonly T[],
  spanOf: (record: T) => Span | undefined,
  url: URL,
): WhoopPage<T> | Response {
  // WHOOP's `end` defaults to now; the sandbox's timeline ends at its own `now`, so no bound.
  const [since, until] = ['start', 'end'].map((name) => {
    const value = url.searchParams.get(name);
    return value === null ? undefined : Date.parse(value);
  });
  if (Number.isNaN(since) || Number.isNaN(until)) {
    return WHOOP_SANDBOX_ERRORS.badRequest('start and end must be ISO 8601 date-times');
  }
  const startOf = (record: T) => Date.parse(spanOf(record)?.start ?? '');
  const matching = inWindow(records, spanOf, { since, until }).sort(
    (a, b) => startOf(b) - startOf(a),
  );
  const slice = tokenPage(matching, url, {
    token: 'nextToken',
    pageSize: 'limit',
    defaultSize: 10,
    maxSize: WHOOP_MAX_PAGE_SIZE,
  });
  if (slice.error !== undefined) return WHOOP_SANDBOX_ERRORS.badRequest(slice.error);
  return slice.next === undefined
    ? { records: slice.items }
    : { records: slice.items, next_token: slice.next };
}

/**
 * msw handlers of every route of {@link WHOOP_ROUTES} on WHOOP's real API base URL, built with
 * `@fitlink/testing`'s `createProviderApi`: bearer tokens checked against `auth` (and the
 * route's scope), `X-RateLimit-*` headers on every answer and 429 when the budget is spent,
 * `limit` ≤ 25 with `nextToken`/`next_token` paging, `start` and `end` filters, 404 for unknown
 * ids, and `DELETE /v2/user/access` revoking the grant.
 *
 * @param options - Authorization server, data, budget, counters and answer validation.
 * @example
 * ```ts
 * import { createFakeAuthorizationServer, createWindowBudget } from '@fitlink/testing';
 * import { createWhoopFake, createWhoopHandlers } from '@fitlink/whoop/testing';
 *
 * const handlers = createWhoopHandlers({
 *   auth: createFakeAuthorizationServer(),
 *   data: createWhoopFake({ now: Date.parse('2026-11-20T12:00:00Z') }),
 *   budget: createWindowBudget({ windows: [{ name: 'minute', limit: 100, windowMs: 60_000 }, { name: 'day', limit: 10_000, windowMs: 86_400_000 }] }),
 * });
 * ```
 */
export function createWhoopHandlers(options: WhoopHandlersOptions): HttpHandler[] {
  const { auth, data } = options;
  const sleepById = new Map(data.sleeps.map((sleep) => [sleep.id, sleep]));
  const span = (record: { start: string; end?: string | null | undefined }): Span => ({
    start: record.start,
    end: record.end ?? null,
  });
  const cycleOf = (id: string | undefined) => data.cycles.find((cycle) => String(cycle.id) === id);
  const sleepSpan = (sleepId: string) => {
    const sleep = sleepById.get(sleepId);
    return sleep && span(sleep);
  };

  return createProviderApi({
    baseUrl: WHOOP_API_BASE_URL,
    routes: WHOOP_ROUTES,
    auth,
    errors: WHOOP_SANDBOX_ERRORS,
    budget: options.budget,
    rateLimitHeaders: whoopRateLimitHeaders,
    validate: options.validate ?? false,
    ...(options.stats ? { stats: options.stats } : {}),
    answers: {
      cycles: ({ url }) => page(data.cycles, span, url),
      cycle: ({ params }) => cycleOf(params.cycleId),
      cycleSleep: ({ params }) => data.sleeps.find((s) => String(s.cycle_id) === params.cycleId),
      cycleRecovery: ({ params }) =>
        data.recoveries.find((recovery) => String(recovery.cycle_id) === params.cycleId),
      // A recovery has no times of its own: it is filtered by the sleep it follows.
      recoveries: ({ url }) => page(data.recoveries, (r) => sleepSpan(r.sleep_id), url),
      sleeps: ({ url }) => page(data.sleeps, span, url),
      sleep: ({ params }) => sleepById.get(params.sleepId ?? ''),
      workouts: ({ url }) => page(data.workouts, span, url),
      workout: ({ params }) => data.workouts.find((workout) => workout.id === params.workoutId),
      profile: () => data.profile,
      bodyMeasurement: () => data.bodyMeasurement,
      access: ({ token }) => {
        if (token !== null) auth.revokeGrant(token.token);
        return new Response(null, { status: 204 });
      },
    },
  }).handlers;
}
