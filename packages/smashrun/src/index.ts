/**
 * fitlink's SmashRun package: OAuth 2 (code flow, `read_activity`/`write_activity`), a typed
 * client for runs, splits, routes, notables, stats, badges, body weight and uploads, the
 * 250-requests-per-hour policy, zod schemas of SmashRun's payloads and mappers to fitlink's
 * normalized model. SmashRun has no webhooks: sync incrementally with `since` (`fromDate`).
 *
 * @packageDocumentation
 */
export { createSmashrunApp, type SmashrunApp, type SmashrunAppSettings } from './app.js';
export {
  createSmashrunClient,
  type SmashrunClient,
  type SmashrunClientSettings,
} from './client.js';
export {
  SMASHRUN_API_BASE_URL,
  SMASHRUN_AUTH_BASE_URL,
  SMASHRUN_AUTHORIZE_URL,
  SMASHRUN_MAX_PAGE_SIZE,
  SMASHRUN_ROUTES,
  SMASHRUN_TOKEN_URL,
  type SmashrunRoute,
  type SmashrunRouteName,
} from './endpoints.js';
export { mapSmashrunError } from './errors.js';
export { SMASHRUN_SPORT_TYPES } from './mapper/sport-type.js';
export { readSmashrunStart, readSmashrunUtc, type SmashrunStart } from './mapper/start-time.js';
export { type MapSmashrunActivityOptions, mapSmashrunActivity } from './mapper/to-activity.js';
export { type MapSmashrunProfileOptions, mapSmashrunProfile } from './mapper/to-profile.js';
export { mapSmashrunSamples } from './mapper/to-samples.js';
export { decodeSmashrunPolyline, encodeSmashrunPolyline } from './polyline.js';
export { smashrun } from './provider.js';
export {
  createSmashrunRateLimitPolicy,
  SMASHRUN_REQUESTS_PER_HOUR,
  type SmashrunRateLimitOptions,
} from './rate-limit.js';
export type {
  SmashrunActivitiesResource,
  SmashrunActivityInput,
  SmashrunListOptions,
  SmashrunSearchOptions,
  SmashrunSearchResults,
  SmashrunSearchStyle,
  SmashrunUpload,
} from './resources/activities.js';
export type { SmashrunBadgesResource } from './resources/badges.js';
export type { SmashrunBodyResource } from './resources/body.js';
export type { SmashrunStatsOptions, SmashrunStatsResource } from './resources/stats.js';
export type { SmashrunUserResource } from './resources/user.js';
export {
  type SmashrunActivity,
  type SmashrunActivityBrief,
  type SmashrunActivitySummary,
  smashrunActivityBriefListSchema,
  smashrunActivityBriefSchema,
  smashrunActivityIdListSchema,
  smashrunActivityListSchema,
  smashrunActivitySchema,
  smashrunActivitySummaryListSchema,
  smashrunActivitySummarySchema,
  smashrunLapSchema,
} from './schemas/activity.js';
export {
  type SmashrunBadge,
  smashrunBadgeListSchema,
  smashrunBadgeSchema,
} from './schemas/badge.js';
export {
  type SmashrunBodyWeight,
  smashrunBodyWeightListSchema,
  smashrunBodyWeightSchema,
} from './schemas/body-weight.js';
export { type SmashrunFlag, smashrunFlagSchema } from './schemas/fields.js';
export {
  type SmashrunNotable,
  smashrunNotableListSchema,
  smashrunNotableSchema,
} from './schemas/notable.js';
export { type SmashrunPolyline, smashrunPolylineSchema } from './schemas/polyline.js';
export {
  type SmashrunSplit,
  smashrunSplitListSchema,
  smashrunSplitSchema,
} from './schemas/split.js';
export { type SmashrunStats, smashrunStatsSchema } from './schemas/stats.js';
export { type SmashrunUserInfo, smashrunUserInfoSchema } from './schemas/user-info.js';
export { SMASHRUN_DEFAULT_SCOPES, SMASHRUN_SCOPES, type SmashrunScope } from './scopes.js';
export type {
  SmashrunActivityCursor,
  SmashrunListActivitiesOptions,
  SmashrunSources,
} from './sources.js';
