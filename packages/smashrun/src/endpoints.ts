/**
 * SmashRun's hosts and routes. OAuth lives on `secure.smashrun.com`, the API on
 * `api.smashrun.com/v1`; `my` stands for the authorized user (the only user an app may read).
 *
 * @see https://api.smashrun.com/v1/documentation
 * @see https://api.smashrun.com/v1/explorer
 */

/** Origin of SmashRun's OAuth 2 endpoints. */
export const SMASHRUN_AUTH_BASE_URL = 'https://secure.smashrun.com';

/** The consent page (`client_id, scope, redirect_uri, response_type, state`). */
export const SMASHRUN_AUTHORIZATION_URL = `${SMASHRUN_AUTH_BASE_URL}/oauth2/authenticate`;

/** The token endpoint (code exchange and refresh; client id and secret in the form body). */
export const SMASHRUN_TOKEN_URL = `${SMASHRUN_AUTH_BASE_URL}/oauth2/token`;

/** Base URL of the REST API, version 1. */
export const SMASHRUN_API_BASE_URL = 'https://api.smashrun.com/v1/';

/** Routes relative to {@link SMASHRUN_API_BASE_URL}. */
export const SmashrunRoutes = {
  /** The user's profile and preferences. */
  userInfo: 'my/userinfo',
  /** Every activity summary in one answer (GET), or upload a run (POST). */
  activities: 'my/activities',
  /** Summaries new or updated since `fromDate`, paged by `page`/`count`. */
  search: 'my/activities/search',
  /** `search` in another style: `briefs`, `ids` or `extended`. */
  searchStyle: (style: 'briefs' | 'ids' | 'extended') => `my/activities/search/${style}`,
  /** One activity in full (extended, with the recording). */
  activity: (id: string | number) => `my/activities/${encodeURIComponent(String(id))}`,
  /** Splits over every kilometre or mile. */
  splits: (id: string | number, unit: 'km' | 'mi') =>
    `my/activities/${encodeURIComponent(String(id))}/splits/${unit}`,
  /** The route as a Google encoded polyline. */
  polyline: (id: string | number) => `my/activities/${encodeURIComponent(String(id))}/polyline`,
  /** Achievements of a run against the runs before it. */
  notables: (id: string | number) => `my/activities/${encodeURIComponent(String(id))}/notables`,
  /** Lifetime, yearly or monthly statistics. */
  stats: (year?: number, month?: number) =>
    year === undefined
      ? 'my/stats'
      : month === undefined
        ? `my/stats/${year}`
        : `my/stats/${year}/${month}`,
  /** Badges earned. */
  badges: 'my/badges',
  /** Body weight recordings (GET) or a new recording (POST). */
  bodyWeight: 'my/body/weight',
  /** The latest body weight recording. */
  bodyWeightLatest: 'my/body/weight/latest',
} as const;

/** Largest `count` the search endpoints accept. */
export const SMASHRUN_MAX_PAGE_SIZE = 100;
