/**
 * Typed Peloton client for fitlink: the Auth0 login of Peloton's web app (or a pasted token),
 * workouts, performance graphs, summaries, classes and instructors, with zod schemas of the
 * payloads and mappers to fitlink's normalized model.
 *
 * Peloton has no public API and no webhooks: poll `client.workouts.list()` (newest first) and
 * stop at the last `created_at` you stored.
 *
 * @packageDocumentation
 */
export {
  createPelotonApp,
  type PelotonApp,
  type PelotonAppSettings,
  type PelotonFromTokenOptions,
  type PelotonLoginOptions,
} from './app.js';
export {
  createPelotonClient,
  type PelotonClient,
  type PelotonClientSettings,
} from './client.js';
export {
  PELOTON_API_BASE_URL,
  PELOTON_AUDIENCE,
  PELOTON_AUTH_BASE_URL,
  PELOTON_AUTH0_CLIENT,
  PELOTON_AUTH0_CONNECTION,
  PELOTON_AUTH0_TENANT,
  PELOTON_AUTHORIZE_URL,
  PELOTON_DEFAULT_USER_AGENT,
  PELOTON_ISSUER,
  PELOTON_LOGIN_URL,
  PELOTON_MAX_PAGE_SIZE,
  PELOTON_PLATFORM,
  PELOTON_REDIRECT_URI,
  PELOTON_ROUTES,
  PELOTON_TOKEN_URL,
  PELOTON_WEB_CLIENT_ID,
  type PelotonRoute,
} from './endpoints.js';
export { mapPelotonError, mapPelotonTokenError } from './errors.js';
export { decodeHtmlEntities, type HiddenForm, parseHiddenForm } from './login/hidden-form.js';
export { PELOTON_SPORT_TYPES } from './mapper/sport-type.js';
export {
  isPelotonOutdoor,
  type MapPelotonWorkoutOptions,
  mapPelotonWorkout,
  pelotonSport,
} from './mapper/to-activity.js';
export { mapPelotonUser } from './mapper/to-profile.js';
export {
  type MapPelotonPerformanceGraphOptions,
  mapPelotonPerformanceGraph,
} from './mapper/to-samples.js';
export {
  type PelotonDistanceUnit,
  pelotonDistanceToMetres,
  pelotonSpeedToMetresPerSecond,
} from './mapper/units.js';
export { peloton } from './provider.js';
export { createPelotonRateLimitPolicy, type PelotonRateLimitPolicyOptions } from './rate-limit.js';
export type { PelotonInstructorsResource } from './resources/instructors.js';
export type { PelotonRidesResource } from './resources/rides.js';
export type { PelotonUserResource } from './resources/user.js';
export {
  PELOTON_WORKOUT_JOINS,
  type PelotonWorkoutListOptions,
  type PelotonWorkoutsResource,
} from './resources/workouts.js';
export {
  type PelotonInstructor,
  type PelotonInstructorPage,
  pelotonInstructorPageSchema,
  pelotonInstructorSchema,
} from './schemas/instructor.js';
export {
  type PelotonCoordinate,
  type PelotonGraphMetric,
  type PelotonGraphSeries,
  type PelotonGraphSummary,
  type PelotonPerformanceGraph,
  pelotonCoordinateSchema,
  pelotonGraphMetricSchema,
  pelotonGraphSeriesSchema,
  pelotonGraphSummarySchema,
  pelotonPerformanceGraphSchema,
} from './schemas/performance-graph.js';
export {
  type PelotonRide,
  type PelotonRideDetails,
  type PelotonSegment,
  pelotonRideDetailsSchema,
  pelotonRideSchema,
  pelotonSegmentSchema,
} from './schemas/ride.js';
export { type PelotonUser, pelotonUserSchema } from './schemas/user.js';
export {
  type PelotonWorkout,
  type PelotonWorkoutPage,
  pelotonWorkoutPageSchema,
  pelotonWorkoutSchema,
} from './schemas/workout.js';
export {
  type PelotonWorkoutSummary,
  pelotonWorkoutSummarySchema,
} from './schemas/workout-summary.js';
export { PELOTON_DEFAULT_SCOPES, PELOTON_SCOPES, type PelotonScope } from './scopes.js';
export type {
  PelotonActivityCursor,
  PelotonListActivitiesOptions,
  PelotonSources,
} from './sources.js';
