/**
 * WHOOP's hosts and routes. The API and OAuth live on one host; API paths sit under
 * `/developer`. Only v2 routes are used: v1 is retired.
 *
 * @see https://developer.whoop.com/api
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { whoopCycleSchema } from './schemas/cycle.js';
import { whoopPageSchema } from './schemas/page.js';
import { whoopRecoverySchema } from './schemas/recovery.js';
import { whoopSleepSchema } from './schemas/sleep.js';
import { whoopBodyMeasurementSchema, whoopProfileSchema } from './schemas/user.js';
import { whoopWorkoutSchema } from './schemas/workout.js';
import type { WhoopScope } from './scopes.js';

/** The host of WHOOP's API and OAuth endpoints. */
export const WHOOP_HOST = 'api.prod.whoop.com';

/** Base URL of the developer API; {@link WHOOP_ROUTES} are relative to it. */
export const WHOOP_API_BASE_URL = 'https://api.prod.whoop.com/developer/';

/** Authorization endpoint (an ORY Hydra `/oauth2/auth`). */
export const WHOOP_AUTHORIZE_URL = 'https://api.prod.whoop.com/oauth/oauth2/auth';

/** Token endpoint for codes and refresh tokens. */
export const WHOOP_TOKEN_URL = 'https://api.prod.whoop.com/oauth/oauth2/token';

/** The largest `limit` WHOOP accepts on a collection. */
export const WHOOP_MAX_PAGE_SIZE = 25;

/** A route of {@link WHOOP_ROUTES}: core's route definition, keeping its answer's schema type. */
export interface WhoopRoute<S extends zc.$ZodType | null = zc.$ZodType | null>
  extends RouteDefinition<WhoopScope> {
  /** Schema of a successful answer's JSON body, or `null` when it has none. */
  readonly response: S;
}

// Each entry is a named `WhoopRoute`, so the docs show one documented type, not 12 literals.
const route = <S extends zc.$ZodType | null>(definition: WhoopRoute<S>): WhoopRoute<S> =>
  definition;

/**
 * The developer API routes, relative to {@link WHOOP_API_BASE_URL}: method, path (`:name` for
 * a path parameter), the scope WHOOP checks and the schema of the success body. Resources build
 * their requests from it, {@link mapWhoopError} names a 403's missing scope from it, and the
 * sandbox answers it.
 */
export const WHOOP_ROUTES = defineRoutes<WhoopScope>()({
  /** `GET` cycles, paginated. */
  cycles: route({
    method: 'GET',
    path: 'v2/cycle',
    scope: 'read:cycles',
    response: whoopPageSchema(whoopCycleSchema),
  }),
  /** `GET` one cycle by its int64 id. */
  cycle: route({
    method: 'GET',
    path: 'v2/cycle/:cycleId',
    scope: 'read:cycles',
    response: whoopCycleSchema,
  }),
  /** `GET` the sleep of a cycle. */
  cycleSleep: route({
    method: 'GET',
    path: 'v2/cycle/:cycleId/sleep',
    scope: 'read:sleep',
    response: whoopSleepSchema,
  }),
  /** `GET` the recovery of a cycle. */
  cycleRecovery: route({
    method: 'GET',
    path: 'v2/cycle/:cycleId/recovery',
    scope: 'read:recovery',
    response: whoopRecoverySchema,
  }),
  /** `GET` recoveries, paginated. */
  recoveries: route({
    method: 'GET',
    path: 'v2/recovery',
    scope: 'read:recovery',
    response: whoopPageSchema(whoopRecoverySchema),
  }),
  /** `GET` sleeps, paginated. */
  sleeps: route({
    method: 'GET',
    path: 'v2/activity/sleep',
    scope: 'read:sleep',
    response: whoopPageSchema(whoopSleepSchema),
  }),
  /** `GET` one sleep by UUID. */
  sleep: route({
    method: 'GET',
    path: 'v2/activity/sleep/:sleepId',
    scope: 'read:sleep',
    response: whoopSleepSchema,
  }),
  /** `GET` workouts, paginated. */
  workouts: route({
    method: 'GET',
    path: 'v2/activity/workout',
    scope: 'read:workout',
    response: whoopPageSchema(whoopWorkoutSchema),
  }),
  /** `GET` one workout by UUID. */
  workout: route({
    method: 'GET',
    path: 'v2/activity/workout/:workoutId',
    scope: 'read:workout',
    response: whoopWorkoutSchema,
  }),
  /** `GET` the basic profile (name, email). */
  profile: route({
    method: 'GET',
    path: 'v2/user/profile/basic',
    scope: 'read:profile',
    response: whoopProfileSchema,
  }),
  /** `GET` height, weight and max heart rate. */
  bodyMeasurement: route({
    method: 'GET',
    path: 'v2/user/measurement/body',
    scope: 'read:body_measurement',
    response: whoopBodyMeasurementSchema,
  }),
  /** `DELETE` the user's grant to the app (stops webhooks too); any valid token, 204 without a body. */
  access: route({ method: 'DELETE', path: 'v2/user/access', scope: null, response: null }),
});
