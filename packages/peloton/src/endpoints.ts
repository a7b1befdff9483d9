/**
 * Peloton's hosts, Auth0 settings and routes. Peloton has no public API: these are the web
 * app's own endpoints, as documented by peloton-to-garmin and the DovOps unofficial spec.
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import { pelotonInstructorPageSchema, pelotonInstructorSchema } from './schemas/instructor.js';
import { pelotonPerformanceGraphSchema } from './schemas/performance-graph.js';
import { pelotonRideDetailsSchema } from './schemas/ride.js';
import { pelotonUserSchema } from './schemas/user.js';
import { pelotonWorkoutPageSchema, pelotonWorkoutSchema } from './schemas/workout.js';
import { pelotonWorkoutSummarySchema } from './schemas/workout-summary.js';
import type { PelotonScope } from './scopes.js';

/** Base URL of the member API. */
export const PELOTON_API_BASE_URL = 'https://api.onepeloton.com';

/** Base URL of Peloton's Auth0 tenant. */
export const PELOTON_AUTH_BASE_URL = 'https://auth.onepeloton.com';

/** Auth0 authorization endpoint. */
export const PELOTON_AUTHORIZE_URL = `${PELOTON_AUTH_BASE_URL}/authorize`;

/** Auth0 token endpoint (code exchange and refresh; public client, no secret). */
export const PELOTON_TOKEN_URL = `${PELOTON_AUTH_BASE_URL}/oauth/token`;

/** Auth0's classic username/password login endpoint driven by the login page. */
export const PELOTON_LOGIN_URL = `${PELOTON_AUTH_BASE_URL}/usernamepassword/login`;

/** Auth0 issuer identifier: Auth0 issuers end with a slash. */
export const PELOTON_ISSUER = `${PELOTON_AUTH_BASE_URL}/`;

/** The public client id of Peloton's own web app (members.onepeloton.com). */
export const PELOTON_WEB_CLIENT_ID = 'WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM';

/** The redirect URI registered for the web client. */
export const PELOTON_REDIRECT_URI = 'https://members.onepeloton.com/callback';

/** The `audience` the access token is issued for. */
export const PELOTON_AUDIENCE = 'https://api.onepeloton.com/';

/** Auth0 tenant name sent with the login form. */
export const PELOTON_AUTH0_TENANT = 'peloton-prod';

/** Auth0 database connection holding Peloton accounts. */
export const PELOTON_AUTH0_CONNECTION = 'pelo-user-password';

/** Base64 of `{"name":"auth0.js-ulp","version":"9.14.3"}`: the `Auth0-Client` header the login page sends. */
export const PELOTON_AUTH0_CLIENT = 'eyJuYW1lIjoiYXV0aDAuanMtdWxwIiwidmVyc2lvbiI6IjkuMTQuMyJ9';

/**
 * A desktop-browser `User-Agent`: Peloton's Cloudflare front and login pages expect one.
 * Override it with the settings' `userAgent`.
 */
export const PELOTON_DEFAULT_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** Value of the `Peloton-Platform` header; without it outdoor workouts come back without GPS. */
export const PELOTON_PLATFORM = 'web';

/** Largest `limit` the workout list honours. */
export const PELOTON_MAX_PAGE_SIZE = 100;

// Every member route needs the web client's one API scope; tokens always carry it.
const MEMBER = 'peloton-api.members:default' satisfies PelotonScope;

/** A route of {@link PELOTON_ROUTES}, with the schema type of its answer. */
export interface PelotonRoute<TResponse extends RouteDefinition['response']>
  extends RouteDefinition<PelotonScope> {
  /** Schema of the success body the resource validates, or `null` when there is none. */
  readonly response: TResponse;
}

// Types each route by a declared interface, so the table's docs need no line per field.
const route = <TResponse extends RouteDefinition['response']>(
  definition: PelotonRoute<TResponse>,
): PelotonRoute<TResponse> => definition;

/**
 * Every API route the SDK calls, relative to {@link PELOTON_API_BASE_URL}: method, path (`:id`
 * for the id), the scope it needs and the schema of its answer; the resources and the sandbox
 * read it. A `null` scope marks a public route, sent without credentials.
 */
export const PELOTON_ROUTES = defineRoutes<PelotonScope>()({
  /** The signed-in member. */
  me: route({ method: 'GET', path: 'api/me', scope: MEMBER, response: pelotonUserSchema }),
  /** A member's workouts, newest first. */
  userWorkouts: route({
    method: 'GET',
    path: 'api/user/:id/workouts',
    scope: MEMBER,
    response: pelotonWorkoutPageSchema,
  }),
  /** One workout. */
  workout: route({
    method: 'GET',
    path: 'api/workout/:id',
    scope: MEMBER,
    response: pelotonWorkoutSchema,
  }),
  /** A workout's time series and summaries. */
  performanceGraph: route({
    method: 'GET',
    path: 'api/workout/:id/performance_graph',
    scope: MEMBER,
    response: pelotonPerformanceGraphSchema,
  }),
  /** A workout's totals. */
  workoutSummary: route({
    method: 'GET',
    path: 'api/workout/:id/summary',
    scope: MEMBER,
    response: pelotonWorkoutSummarySchema,
  }),
  /** A class (ride) with its segments; 404 for classes without segments. */
  rideDetails: route({
    method: 'GET',
    path: 'api/ride/:id/details',
    scope: MEMBER,
    response: pelotonRideDetailsSchema,
  }),
  /** Every instructor (public). */
  instructors: route({
    method: 'GET',
    path: 'api/instructor',
    scope: null,
    response: pelotonInstructorPageSchema,
  }),
  /** One instructor (public). */
  instructor: route({
    method: 'GET',
    path: 'api/instructor/:id',
    scope: null,
    response: pelotonInstructorSchema,
  }),
});

/** The name of a route of {@link PELOTON_ROUTES}. */
export type PelotonRouteName = keyof typeof PELOTON_ROUTES;
