/**
 * Strava's hosts and routes. Everything lives on www.strava.com: the API under `/api/v3`, the
 * OAuth pages and token endpoint under `/oauth`.
 *
 * @see https://developers.strava.com/docs/reference/
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { stravaActivityListSchema, stravaDetailedActivitySchema } from './schemas/activity.js';
import { stravaAthleteSchema } from './schemas/athlete.js';
import { stravaLapListSchema } from './schemas/lap.js';
import { stravaActivityStatsSchema } from './schemas/stats.js';
import { stravaStreamsResponseSchema } from './schemas/streams.js';
import { stravaUploadSchema } from './schemas/upload.js';
import {
  stravaPushSubscriptionCreatedSchema,
  stravaPushSubscriptionListSchema,
} from './schemas/webhook.js';
import { stravaActivityZonesSchema, stravaAthleteZonesSchema } from './schemas/zones.js';
import type { StravaScope } from './scopes.js';

/** Base URL of the Strava API v3; {@link STRAVA_ROUTES} are relative to it. */
export const STRAVA_API_BASE_URL = 'https://www.strava.com/api/v3';
/**
 * Strava's new API host, opt-in: pass it as the client's `baseUrl`. Available from 2027-01-04;
 * Strava's deprecation notice moves the API off `www.strava.com/api/v3` on 2027-06-01 (OAuth
 * stays on `www.strava.com`). The same {@link STRAVA_ROUTES} are relative to it. Not the
 * default while the old host answers: switch once Strava serves it for your app.
 *
 * @see https://communityhub.strava.com/insider-journal-9/an-update-to-our-developer-program-13428
 */
export const STRAVA_API_V3_BASE_URL = 'https://api-v3.strava.com';
/** The web consent page. */
export const STRAVA_AUTHORIZE_URL = 'https://www.strava.com/oauth/authorize';
/** The consent page for mobile apps (opens the Strava app when installed). */
export const STRAVA_MOBILE_AUTHORIZE_URL = 'https://www.strava.com/oauth/mobile/authorize';
/**
 * The token endpoint. The authentication guide uses `/oauth/token`; the swagger names
 * `/api/v3/oauth/token`, which Strava serves too.
 */
export const STRAVA_TOKEN_URL = 'https://www.strava.com/oauth/token';
/**
 * Revokes every token the app holds for the athlete (not RFC 7009: takes the access token).
 *
 * @deprecated Strava retires `oauth/deauthorize` on 2027-06-01; use {@link STRAVA_REVOKE_URL}
 * (available since 2026-06-01).
 * @see https://developers.strava.com/docs/authentication/
 */
export const STRAVA_DEAUTHORIZE_URL = 'https://www.strava.com/oauth/deauthorize';
/**
 * Revokes a grant (available since 2026-06-01; replaces `oauth/deauthorize`): the client
 * authenticates with HTTP Basic (`client_id:client_secret`), the body carries `token` (the
 * access or the refresh token, which revokes the other) and an optional `token_type_hint`.
 * OAuth stays on www.strava.com when the API moves host.
 *
 * @see https://developers.strava.com/docs/authentication/
 */
export const STRAVA_REVOKE_URL = 'https://www.strava.com/oauth/revoke';
/**
 * The app's settings page on strava.com, where its owner sees its tier and status and
 * reactivates an inactive app (see `StravaApplicationInactiveError`).
 */
export const STRAVA_API_SETTINGS_URL = 'https://www.strava.com/settings/api';

/** The most activities `GET /athlete/activities` returns per page. */
export const STRAVA_MAX_PAGE_SIZE = 200;

// Each entry is typed as core's documented `RouteDefinition` (keeping its schema's type), so the
// generated docs describe the routes by that interface instead of 14 undocumented literals.
const route = <S extends zc.$ZodType | null>(
  definition: RouteDefinition<StravaScope, S>,
): RouteDefinition<StravaScope, S> => definition;

/**
 * The API routes, relative to {@link STRAVA_API_BASE_URL}: method, path, the scope a token needs
 * (a `*_all` scope covers its narrower sibling, see `missingStravaScopes`) and the schema of the
 * answer. Resources, the sandbox and its tests all read this table.
 */
export const STRAVA_ROUTES = defineRoutes<StravaScope>()({
  /** `GET /athlete`: the authenticated athlete. */
  athlete: route({ method: 'GET', path: 'athlete', scope: 'read', response: stravaAthleteSchema }),
  /** `GET /athlete/zones`: the athlete's heart-rate and power zones. */
  athleteZones: route({
    method: 'GET',
    path: 'athlete/zones',
    scope: 'profile:read_all',
    response: stravaAthleteZonesSchema,
  }),
  /** `GET /athletes/{id}/stats`: activity totals (the authenticated athlete's id only). */
  athleteStats: route({
    method: 'GET',
    path: 'athletes/:athleteId/stats',
    scope: 'read',
    response: stravaActivityStatsSchema,
  }),
  /** `GET /athlete/activities`: the athlete's activities, paginated. */
  athleteActivities: route({
    method: 'GET',
    path: 'athlete/activities',
    scope: 'activity:read',
    response: stravaActivityListSchema,
  }),
  /** `POST /activities`: creates a manual activity. */
  createActivity: route({
    method: 'POST',
    path: 'activities',
    scope: 'activity:write',
    response: stravaDetailedActivitySchema,
  }),
  /** `GET /activities/{id}`: one detailed activity. */
  activity: route({
    method: 'GET',
    path: 'activities/:activityId',
    scope: 'activity:read',
    response: stravaDetailedActivitySchema,
  }),
  /** `GET /activities/{id}/laps`: the activity's laps. */
  activityLaps: route({
    method: 'GET',
    path: 'activities/:activityId/laps',
    scope: 'activity:read',
    response: stravaLapListSchema,
  }),
  /** `GET /activities/{id}/zones`: time in each heart-rate or power zone. */
  activityZones: route({
    method: 'GET',
    path: 'activities/:activityId/zones',
    scope: 'activity:read',
    response: stravaActivityZonesSchema,
  }),
  /** `GET /activities/{id}/streams`: the activity's sample streams (either answer form). */
  activityStreams: route({
    method: 'GET',
    path: 'activities/:activityId/streams',
    scope: 'activity:read',
    response: stravaStreamsResponseSchema,
  }),
  /** `POST /uploads`: uploads a FIT, TCX or GPX file (multipart). */
  createUpload: route({
    method: 'POST',
    path: 'uploads',
    scope: 'activity:write',
    response: stravaUploadSchema,
  }),
  /** `GET /uploads/{id}`: an upload's processing status. */
  upload: route({
    method: 'GET',
    path: 'uploads/:uploadId',
    scope: 'activity:write',
    response: stravaUploadSchema,
  }),
  /** `POST /push_subscriptions`: creates the app's webhook subscription (client credentials, no token). */
  createPushSubscription: route({
    method: 'POST',
    path: 'push_subscriptions',
    scope: null,
    response: stravaPushSubscriptionCreatedSchema,
  }),
  /** `GET /push_subscriptions`: the app's webhook subscriptions, zero or one (client credentials). */
  pushSubscriptions: route({
    method: 'GET',
    path: 'push_subscriptions',
    scope: null,
    response: stravaPushSubscriptionListSchema,
  }),
  /** `DELETE /push_subscriptions/{id}`: deletes the subscription; 204, no body (client credentials). */
  deletePushSubscription: route({
    method: 'DELETE',
    path: 'push_subscriptions/:subscriptionId',
    scope: null,
    response: null,
  }),
});
