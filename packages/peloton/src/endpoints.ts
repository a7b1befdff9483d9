/**
 * Peloton's hosts, Auth0 settings and routes. Peloton has no public API: these are the web
 * app's own endpoints, as documented by peloton-to-garmin and the DovOps unofficial spec.
 */

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

/** API routes, relative to {@link PELOTON_API_BASE_URL}. */
export const PelotonRoutes = {
  /** The signed-in member. */
  me: '/api/me',
  /** A member's workouts, newest first. */
  userWorkouts: (userId: string) => `/api/user/${encodeURIComponent(userId)}/workouts`,
  /** One workout. */
  workout: (workoutId: string) => `/api/workout/${encodeURIComponent(workoutId)}`,
  /** A workout's time series and summaries. */
  performanceGraph: (workoutId: string) =>
    `/api/workout/${encodeURIComponent(workoutId)}/performance_graph`,
  /** A workout's totals. */
  workoutSummary: (workoutId: string) => `/api/workout/${encodeURIComponent(workoutId)}/summary`,
  /** A class (ride) with its segments. */
  rideDetails: (rideId: string) => `/api/ride/${encodeURIComponent(rideId)}/details`,
  /** Every instructor. */
  instructors: '/api/instructor',
  /** One instructor. */
  instructor: (instructorId: string) => `/api/instructor/${encodeURIComponent(instructorId)}`,
} as const;
