/**
 * Strava API v3 for fitlink: OAuth 2 with rotating refresh tokens and scope checks, typed and
 * validated activities, laps, zones, streams, uploads and the athlete, Strava's two-budget rate
 * limits, mappers to the normalized model, and webhook helpers.
 *
 * @packageDocumentation
 */
export {
  createStravaApp,
  type StravaApp,
  type StravaAppSettings,
  type StravaAuthorization,
} from './app.js';
export { createStravaClient, type StravaClient, type StravaClientSettings } from './client.js';
export type { StravaRevokeOptions, StravaTokenTypeHint } from './deauthorize.js';
export {
  STRAVA_API_BASE_URL,
  STRAVA_API_SETTINGS_URL,
  STRAVA_API_V3_BASE_URL,
  STRAVA_AUTHORIZE_URL,
  STRAVA_DEAUTHORIZE_URL,
  STRAVA_MAX_PAGE_SIZE,
  STRAVA_MOBILE_AUTHORIZE_URL,
  STRAVA_REVOKE_URL,
  STRAVA_ROUTES,
  STRAVA_TOKEN_URL,
} from './endpoints.js';
export {
  isStravaApplicationInactive,
  mapStravaError,
  mapStravaRevokeError,
  mapStravaTokenError,
  parseStravaFault,
  StravaApplicationInactiveError,
} from './errors.js';
export { parseStravaJson } from './json.js';
export {
  STRAVA_PER_FOOT_CADENCE_SPORTS,
  STRAVA_SPORT_TYPES,
  STRAVA_TRAINER_SPORTS,
} from './mapper/sport-type.js';
export {
  type MapStravaActivityOptions,
  mapStravaActivity,
  mapStravaSport,
} from './mapper/to-activity.js';
export { mapStravaAthlete } from './mapper/to-profile.js';
export { mapStravaStreams, type StravaStreamsActivity } from './mapper/to-samples.js';
export { strava } from './provider.js';
export {
  createStravaRateLimitPolicy,
  nextStravaMidnight,
  nextStravaQuarter,
  type StravaRateLimitOptions,
} from './rate-limit.js';
export type { StravaCallOptions } from './request.js';
export type {
  StravaActivitiesResource,
  StravaActivityListOptions,
  StravaManualActivityInput,
} from './resources/activities.js';
export type { StravaAthleteResource } from './resources/athlete.js';
export {
  createStravaPushSubscriptions,
  type StravaPushSubscriptionSettings,
  type StravaPushSubscriptions,
} from './resources/push-subscriptions.js';
export type {
  StravaUploadDataType,
  StravaUploadInput,
  StravaUploadsResource,
  StravaUploadWaitOptions,
} from './resources/uploads.js';
export {
  type StravaDetailedActivity,
  type StravaSummaryActivity,
  stravaActivityListSchema,
  stravaDetailedActivitySchema,
  stravaSummaryActivitySchema,
} from './schemas/activity.js';
export { type StravaAthlete, stravaAthleteSchema } from './schemas/athlete.js';
export { type StravaId, stravaIdSchema, stravaIdString } from './schemas/common.js';
export { type StravaFault, stravaFaultSchema } from './schemas/fault.js';
export { type StravaLap, stravaLapListSchema, stravaLapSchema } from './schemas/lap.js';
export { type StravaActivityStats, stravaActivityStatsSchema } from './schemas/stats.js';
export {
  STRAVA_STREAM_KEYS,
  type StravaStreamKey,
  type StravaStreamSet,
  type StravaStreamsResponse,
  stravaStreamSetSchema,
  stravaStreamsResponseSchema,
} from './schemas/streams.js';
export { type StravaUpload, stravaUploadSchema } from './schemas/upload.js';
export {
  type StravaPushSubscription,
  type StravaWebhookEvent,
  stravaPushSubscriptionCreatedSchema,
  stravaPushSubscriptionListSchema,
  stravaPushSubscriptionSchema,
  stravaWebhookEventSchema,
} from './schemas/webhook.js';
export {
  type StravaActivityZone,
  type StravaAthleteZones,
  stravaActivityZoneSchema,
  stravaActivityZonesSchema,
  stravaAthleteZonesSchema,
} from './schemas/zones.js';
export {
  missingStravaScopes,
  STRAVA_DEFAULT_SCOPES,
  STRAVA_SCOPES,
  type StravaScope,
} from './scopes.js';
export type {
  StravaActivityCursor,
  StravaListActivitiesOptions,
  StravaSources,
} from './sources.js';
export {
  fetchStravaWebhookChange,
  type StravaWebhookChange,
  type StravaWebhookChangeClient,
} from './webhook-change.js';
export {
  type ParseStravaWebhookEventOptions,
  parseStravaWebhookEvent,
  type StravaWebhookEventAction,
  stravaWebhookEventAction,
  verifyStravaWebhookChallenge,
} from './webhooks.js';
