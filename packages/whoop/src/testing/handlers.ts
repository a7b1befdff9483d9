import { type RouteDefinition, type RouteMethod, routeScopes } from '@fitlink/core';
import type { FakeAuthorizationServer } from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import { WHOOP_API_BASE_URL, WHOOP_MAX_PAGE_SIZE, WHOOP_ROUTES } from '../endpoints.js';
import type { WhoopScope } from '../scopes.js';
import type { WhoopSandboxData } from './fake.js';
import type { WhoopRateLimitBudget } from './rate-limit-budget.js';

/** Settings of {@link createWhoopHandlers}. */
export interface WhoopHandlersOptions {
  /** The authorization server whose access tokens the API accepts. */
  auth: FakeAuthorizationServer;
  /** The data to serve. */
  data: WhoopSandboxData;
  /** The rate-limit budget reported in `X-RateLimit-*` headers. */
  budget: WhoopRateLimitBudget;
}

interface Timed {
  start: string;
  end?: string | null | undefined;
}

const METHODS: Readonly<Record<RouteMethod, typeof http.get>> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
};

function page<T>(
  records: readonly T[],
  timeOf: (record: T) => Timed | undefined,
  url: URL,
): Response {
  const params = url.searchParams;
  const limit = Number(params.get('limit') ?? 10);
  if (!Number.isInteger(limit) || limit < 1 || limit > WHOOP_MAX_PAGE_SIZE) {
    return Response.json(
      { message: `limit must be between 1 and ${WHOOP_MAX_PAGE_SIZE}` },
      { status: 400 },
    );
  }
  const start = params.has('start')
    ? Date.parse(params.get('start') ?? '')
    : Number.NEGATIVE_INFINITY;
  // WHOOP's `end` defaults to now; the sandbox's timeline ends at its own `now`, so no bound.
  const end = params.has('end') ? Date.parse(params.get('end') ?? '') : Number.POSITIVE_INFINITY;
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return Response.json({ message: 'start and end must be ISO 8601 date-times' }, { status: 400 });
  }
  const matching = records
    .filter((record) => {
      const time = timeOf(record);
      if (!time) return false;
      const from = Date.parse(time.start);
      const to = time.end ? Date.parse(time.end) : Number.POSITIVE_INFINITY;
      return to >= start && from < end;
    })
    .sort((a, b) => Date.parse(timeOf(b)?.start ?? '') - Date.parse(timeOf(a)?.start ?? ''));
  const token = params.get('nextToken');
  const offset = token === null ? 0 : Number.parseInt(atob(token).split(':')[0] ?? '', 10);
  if (!Number.isInteger(offset) || offset < 0) {
    return Response.json({ message: 'nextToken is not valid' }, { status: 400 });
  }
  const records_ = matching.slice(offset, offset + limit);
  const next =
    offset + limit < matching.length ? btoa(`${offset + limit}:${matching.length}`) : undefined;
  return Response.json(
    next === undefined ? { records: records_ } : { records: records_, next_token: next },
  );
}

const notFound = () => Response.json({ message: 'No resource found' }, { status: 404 });

/**
 * msw handlers of every WHOOP v2 route the client calls, on WHOOP's real API base URL: bearer
 * tokens checked against `auth` (and the route's scope), `X-RateLimit-*` headers on every answer
 * and 429 when the budget is spent, `limit` ≤ 25 with `nextToken`/`next_token` paging, `start`
 * and `end` filters, 404 for unknown ids, and `DELETE /v2/user/access` revoking the grant.
 *
 * @param options - Authorization server, data and budget.
 * @example
 * ```ts
 * import { createFakeAuthorizationServer } from '@fitlink/testing';
 * import { createWhoopFake, createWhoopHandlers, createWhoopRateLimitBudget } from '@fitlink/whoop/testing';
 *
 * const handlers = createWhoopHandlers({
 *   auth: createFakeAuthorizationServer(),
 *   data: createWhoopFake({ now: Date.parse('2026-11-20T12:00:00Z') }),
 *   budget: createWhoopRateLimitBudget(),
 * });
 * ```
 */
export function createWhoopHandlers(options: WhoopHandlersOptions): HttpHandler[] {
  const { auth, data, budget } = options;
  const sleepById = new Map(data.sleeps.map((sleep) => [sleep.id, sleep]));

  const route = (
    definition: RouteDefinition<WhoopScope>,
    answer: (url: URL, params: Record<string, string>, token: string) => Response,
  ): HttpHandler =>
    // The base URL ends with `/` and the table's paths have none; msw reads `:param` as the table.
    METHODS[definition.method](`${WHOOP_API_BASE_URL}${definition.path}`, ({ request, params }) => {
      const principal = auth.authenticate(request);
      if (principal === null) return auth.unauthorizedResponse();
      const { limited, headers } = budget.take();
      if (limited) {
        return Response.json({ message: 'Too Many Requests' }, { status: 429, headers });
      }
      const missing = routeScopes(definition).find((scope) => !principal.scope.includes(scope));
      const response =
        missing !== undefined
          ? Response.json({ message: `This token lacks the ${missing} scope` }, { status: 403 })
          : answer(new URL(request.url), params as Record<string, string>, principal.token);
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    });

  const json = (value: unknown) => (value === undefined ? notFound() : Response.json(value));
  const cycleOf = (id: string | undefined) => data.cycles.find((cycle) => String(cycle.id) === id);
  const sleepTimes = (sleepId: string) => sleepById.get(sleepId);

  const routes = WHOOP_ROUTES;
  return [
    route(routes.cycles, (url) => page(data.cycles, (cycle) => cycle, url)),
    route(routes.cycle, (_, params) => json(cycleOf(params.cycleId))),
    route(routes.cycleSleep, (_, params) =>
      json(data.sleeps.find((sleep) => String(sleep.cycle_id) === params.cycleId)),
    ),
    route(routes.cycleRecovery, (_, params) =>
      json(data.recoveries.find((recovery) => String(recovery.cycle_id) === params.cycleId)),
    ),
    route(routes.recoveries, (url) =>
      page(data.recoveries, (recovery) => sleepTimes(recovery.sleep_id), url),
    ),
    route(routes.sleeps, (url) => page(data.sleeps, (sleep) => sleep, url)),
    route(routes.sleep, (_, params) => json(sleepById.get(params.sleepId ?? ''))),
    route(routes.workouts, (url) => page(data.workouts, (workout) => workout, url)),
    route(routes.workout, (_, params) =>
      json(data.workouts.find((workout) => workout.id === params.workoutId)),
    ),
    route(routes.profile, () => Response.json(data.profile)),
    route(routes.bodyMeasurement, () => Response.json(data.bodyMeasurement)),
    route(routes.access, (_, __, token) => {
      auth.revokeGrant(token);
      return new Response(null, { status: 204 });
    }),
  ];
}
