/**
 * WHOOP's hosts and routes. The API and OAuth live on one host; API paths sit under
 * `/developer`. Only v2 routes are used: v1 is retired.
 *
 * @see https://developer.whoop.com/api
 */

/** The host of WHOOP's API and OAuth endpoints. */
export const WHOOP_HOST = 'api.prod.whoop.com';

/** Base URL of the developer API; routes below are relative to it. */
export const WHOOP_API_BASE_URL = 'https://api.prod.whoop.com/developer/';

/** Authorization endpoint (an ORY Hydra `/oauth2/auth`). */
export const WHOOP_AUTHORIZATION_URL = 'https://api.prod.whoop.com/oauth/oauth2/auth';

/** Token endpoint for codes and refresh tokens. */
export const WHOOP_TOKEN_URL = 'https://api.prod.whoop.com/oauth/oauth2/token';

/** The largest `limit` WHOOP accepts on a collection. */
export const WHOOP_MAX_PAGE_SIZE = 25;

/** The developer API routes, relative to {@link WHOOP_API_BASE_URL}. */
export const WhoopRoutes = {
  /** `GET` cycles, paginated. */
  cycles: 'v2/cycle',
  /** `GET` one cycle by its int64 id. */
  cycle: (cycleId: number | string) => `v2/cycle/${encodeURIComponent(String(cycleId))}`,
  /** `GET` the sleep of a cycle. */
  cycleSleep: (cycleId: number | string) => `v2/cycle/${encodeURIComponent(String(cycleId))}/sleep`,
  /** `GET` the recovery of a cycle. */
  cycleRecovery: (cycleId: number | string) =>
    `v2/cycle/${encodeURIComponent(String(cycleId))}/recovery`,
  /** `GET` recoveries, paginated. */
  recoveries: 'v2/recovery',
  /** `GET` sleeps, paginated. */
  sleeps: 'v2/activity/sleep',
  /** `GET` one sleep by UUID. */
  sleep: (sleepId: string) => `v2/activity/sleep/${encodeURIComponent(sleepId)}`,
  /** `GET` workouts, paginated. */
  workouts: 'v2/activity/workout',
  /** `GET` one workout by UUID. */
  workout: (workoutId: string) => `v2/activity/workout/${encodeURIComponent(workoutId)}`,
  /** `GET` the basic profile (name, email). */
  profile: 'v2/user/profile/basic',
  /** `GET` height, weight and max heart rate. */
  bodyMeasurement: 'v2/user/measurement/body',
  /** `DELETE` the user's grant to the app (stops webhooks too). */
  access: 'v2/user/access',
} as const;
