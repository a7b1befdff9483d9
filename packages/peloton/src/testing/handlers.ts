import { routeScopes } from '@fitlink/core';
import type { FakeAuthorizationServer } from '@fitlink/testing';
import { type HttpHandler, HttpResponse, http } from 'msw';
import {
  PELOTON_API_BASE_URL,
  PELOTON_MAX_PAGE_SIZE,
  PELOTON_ROUTES,
  type PelotonRouteName,
} from '../endpoints.js';
import type { PelotonWorkout } from '../schemas/workout.js';
import type { PelotonFake } from './fake.js';

/** Knobs of the sandbox API; change them at any time during a test. */
export interface PelotonApiKnobs {
  /** The next this-many API requests get Cloudflare's 429 (`error code: 1015`). */
  rateLimitedRequests: number;
  /** `Retry-After` of those 429s, seconds. */
  retryAfterSeconds: number;
}

/** Counters of the sandbox API. */
export interface PelotonApiStats {
  /** API requests by route (`GET /api/me`, `GET /api/workout/:id` …). */
  readonly requests: Record<string, number>;
  /** Requests without `Peloton-Platform: web`. */
  missingPlatformHeader: number;
}

/** Settings of {@link createPelotonHandlers}. */
export interface PelotonHandlersOptions {
  /** The authorization server whose tokens the API accepts. */
  auth: FakeAuthorizationServer;
  /** The member's data. */
  fake: PelotonFake;
  /** Live knobs. */
  knobs: PelotonApiKnobs;
  /** Live counters. */
  stats: PelotonApiStats;
}

const base = PELOTON_API_BASE_URL;

// Peloton's own error body, e.g. {"status":401,"error_code":3020,"message":"Not logged in"}.
const pelotonError = (status: number, message: string, errorCode?: number) =>
  HttpResponse.json(
    { status, ...(errorCode === undefined ? {} : { error_code: errorCode }), message },
    { status },
  );

function withJoins(workout: PelotonWorkout, joins: string): PelotonWorkout {
  const parts = joins.split(',').map((part) => part.trim());
  const { ride, ...rest } = workout;
  if (!ride || !parts.includes('ride')) return rest as PelotonWorkout;
  if (parts.includes('ride.instructor')) return workout;
  const { instructor: _instructor, ...bareRide } = ride;
  return { ...rest, ride: bareRide };
}

const instant = (value: string | null): number | undefined => {
  if (value === null) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms / 1000;
};

/**
 * msw handlers for every route of `PELOTON_ROUTES`, on `https://api.onepeloton.com`:
 * `/api/me`, the paged workout list (`page`/`limit`, `from`/`to`, `joins`), a workout, its
 * performance graph (GPS only with `Peloton-Platform: web`), its summary, class details (404
 * for classes without segments) and instructors (public). Bearer tokens are checked against
 * `auth` and the route's scope; a bad token gets Peloton's 401 body.
 *
 * @example
 * ```ts
 * const handlers = createPelotonHandlers({ auth, fake: createPelotonFake(), knobs, stats });
 * ```
 */
export function createPelotonHandlers(options: PelotonHandlersOptions): HttpHandler[] {
  const { auth, fake, knobs, stats } = options;

  type Handler = (input: {
    request: Request;
    params: Record<string, string>;
    url: URL;
  }) => Response;
  // Method, path and scope come from the route table; the label counts requests per route.
  const route = (name: PelotonRouteName, handler: Handler): HttpHandler => {
    const { method, path } = PELOTON_ROUTES[name];
    const scopes = routeScopes(PELOTON_ROUTES[name]);
    const label = `${method} /${path}`;
    const verb = method.toLowerCase() as Lowercase<typeof method>;
    return http[verb](`${base}/${path}`, ({ request, params }) => {
      stats.requests[label] = (stats.requests[label] ?? 0) + 1;
      if (request.headers.get('peloton-platform') !== 'web') stats.missingPlatformHeader += 1;
      if (knobs.rateLimitedRequests > 0) {
        knobs.rateLimitedRequests -= 1;
        return new HttpResponse('error code: 1015', {
          status: 429,
          headers: { 'content-type': 'text/plain', 'retry-after': String(knobs.retryAfterSeconds) },
        });
      }
      // Public routes (no scope) are answered without credentials.
      if (scopes.length > 0) {
        const principal = auth.authenticate(request);
        if (principal === null) return pelotonError(401, 'Not logged in', 3020);
        const missing = scopes.find((scope) => !principal.scope.includes(scope));
        if (missing !== undefined) return pelotonError(403, `Access forbidden: no ${missing}`);
      }
      return handler({
        request,
        params: params as Record<string, string>,
        url: new URL(request.url),
      });
    });
  };

  return [
    route('me', () => HttpResponse.json(fake.user)),
    route('userWorkouts', ({ params, url }) => {
      if (params.id !== fake.user.id) return pelotonError(404, 'User not found');
      const query = url.searchParams;
      const limit = Math.min(
        Math.max(1, Number(query.get('limit') ?? 20) || 20),
        PELOTON_MAX_PAGE_SIZE,
      );
      const page = Math.max(0, Number(query.get('page') ?? 0) || 0);
      const from = instant(query.get('from'));
      const to = instant(query.get('to'));
      const all = fake.workouts.filter(
        (w) =>
          (from === undefined || w.created_at >= from) && (to === undefined || w.created_at < to),
      );
      const data = all.slice(page * limit, (page + 1) * limit);
      const pageCount = Math.ceil(all.length / limit);
      const next = all[(page + 1) * limit];
      return HttpResponse.json({
        data: data.map((workout) => withJoins(workout, query.get('joins') ?? '')),
        limit,
        page,
        total: all.length,
        count: data.length,
        page_count: pageCount,
        show_previous: page > 0,
        show_next: page + 1 < pageCount,
        sort_by: '-created,-pk',
        next: next ? { workout_id: next.id, created_at: next.created_at } : null,
        summary: {},
        aggregate_stats: [],
      });
    }),
    route('workout', ({ params, url }) => {
      const workout = fake.workouts.find((w) => w.id === params.id);
      if (!workout) return pelotonError(404, 'Workout not found');
      return HttpResponse.json(withJoins(workout, url.searchParams.get('joins') ?? 'ride'));
    }),
    route('performanceGraph', ({ params, url, request }) => {
      const everyN = Math.max(1, Number(url.searchParams.get('every_n') ?? 5) || 5);
      // Peloton leaves the GPS track out unless the request says it comes from the web app.
      const web = request.headers.get('peloton-platform') === 'web';
      const graph = fake.performanceGraph(params.id ?? '', everyN, web);
      return graph ? HttpResponse.json(graph) : pelotonError(404, 'Workout not found');
    }),
    route('workoutSummary', ({ params }) => {
      const summary = fake.summary(params.id ?? '');
      return summary ? HttpResponse.json(summary) : pelotonError(404, 'Workout not found');
    }),
    route('rideDetails', ({ params }) => {
      const details = fake.rideDetails(params.id ?? '');
      return details ? HttpResponse.json(details) : pelotonError(404, 'Ride not found');
    }),
    route('instructors', ({ url }) => {
      const limit = Math.max(1, Number(url.searchParams.get('limit') ?? 20) || 20);
      const page = Math.max(0, Number(url.searchParams.get('page') ?? 0) || 0);
      const data = fake.instructors.slice(page * limit, (page + 1) * limit);
      const pageCount = Math.ceil(fake.instructors.length / limit);
      return HttpResponse.json({
        data,
        page,
        limit,
        total: fake.instructors.length,
        page_count: pageCount,
        show_next: page + 1 < pageCount,
        show_previous: page > 0,
      });
    }),
    route('instructor', ({ params }) => {
      const instructor = fake.instructors.find((item) => item.id === params.id);
      return instructor ? HttpResponse.json(instructor) : pelotonError(404, 'Instructor not found');
    }),
  ];
}
