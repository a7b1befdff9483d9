/**
 * Strava's hosts and routes. Everything lives on www.strava.com: the API under `/api/v3`, the
 * OAuth pages and token endpoint under `/oauth`.
 *
 * @see https://developers.strava.com/docs/reference/
 */

/** Base URL of the Strava API v3. */
export const STRAVA_API_BASE_URL = 'https://www.strava.com/api/v3';
/** The web consent page. */
export const STRAVA_AUTHORIZE_URL = 'https://www.strava.com/oauth/authorize';
/** The consent page for mobile apps (opens the Strava app when installed). */
export const STRAVA_MOBILE_AUTHORIZE_URL = 'https://www.strava.com/oauth/mobile/authorize';
/**
 * The token endpoint. The authentication guide uses `/oauth/token`; the swagger names
 * `/api/v3/oauth/token`, which Strava serves too.
 */
export const STRAVA_TOKEN_URL = 'https://www.strava.com/oauth/token';
/** Revokes every token the app holds for the athlete (not RFC 7009: takes the access token). */
export const STRAVA_DEAUTHORIZE_URL = 'https://www.strava.com/oauth/deauthorize';
/** Webhook subscriptions of the application (one per application). */
export const STRAVA_PUSH_SUBSCRIPTIONS_URL = 'https://www.strava.com/api/v3/push_subscriptions';

/** API routes, relative to {@link STRAVA_API_BASE_URL}. */
export const STRAVA_ROUTES = {
  /** `GET /athlete`: the authenticated athlete. */
  athlete: 'athlete',
  /** `GET /athlete/zones`: the athlete's heart-rate and power zones. */
  athleteZones: 'athlete/zones',
  /** `GET /athletes/{id}/stats`: activity totals (the authenticated athlete's id only). */
  athleteStats: (athleteId: string) => `athletes/${athleteId}/stats`,
  /** `GET /athlete/activities`: the athlete's activities, paginated. */
  athleteActivities: 'athlete/activities',
  /** `POST /activities`: creates a manual activity. */
  activities: 'activities',
  /** `GET /activities/{id}`: one detailed activity. */
  activity: (activityId: string) => `activities/${activityId}`,
  /** `GET /activities/{id}/laps`: the activity's laps. */
  activityLaps: (activityId: string) => `activities/${activityId}/laps`,
  /** `GET /activities/{id}/zones`: time in each heart-rate or power zone. */
  activityZones: (activityId: string) => `activities/${activityId}/zones`,
  /** `GET /activities/{id}/streams`: the activity's sample streams. */
  activityStreams: (activityId: string) => `activities/${activityId}/streams`,
  /** `POST /uploads`: uploads a FIT, TCX or GPX file. */
  uploads: 'uploads',
  /** `GET /uploads/{id}`: an upload's processing status. */
  upload: (uploadId: string) => `uploads/${uploadId}`,
} as const;

/** The most activities `GET /athlete/activities` returns per page. */
export const STRAVA_MAX_PER_PAGE = 200;
