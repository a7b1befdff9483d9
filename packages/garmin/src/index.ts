/**
 * fitlink's Garmin package: OAuth 2 with PKCE (and the legacy OAuth 1.0a flow with a per-user
 * migration to OAuth 2 before its 2026-12-31 retirement), user permissions, the push/ping
 * webhook endpoint on core's ingest handler, callback pulls, single-use activity files,
 * backfill, zod schemas of the Health and Activity API summaries and mappers to fitlink's
 * normalized model with an upsert key for Garmin's records updated in place.
 *
 * @packageDocumentation
 */
export { createGarminApp, type GarminApp, type GarminAppSettings } from './app.js';
export { createGarminClient, type GarminClient, type GarminClientSettings } from './client.js';
export {
  GARMIN_API_BASE_URL,
  GARMIN_AUTHORIZE_URL,
  GARMIN_MAX_PAGE_SIZE,
  GARMIN_MAX_PULL_WINDOW_SECONDS,
  GARMIN_OAUTH1_ACCESS_TOKEN_URL,
  GARMIN_OAUTH1_AUTHORIZE_URL,
  GARMIN_OAUTH1_REQUEST_TOKEN_URL,
  GARMIN_ROUTES,
  GARMIN_TOKEN_EXCHANGE_URL,
  GARMIN_TOKEN_URL,
  type GarminRoute,
  type GarminRouteName,
} from './endpoints.js';
export {
  GarminActivityFileGoneError,
  GarminMissingPermissionError,
  mapGarminError,
  readGarminErrorMessage,
} from './errors.js';
export { GARMIN_SPORT_TYPES } from './mapper/sport-type.js';
export { garminOffsetMinutes } from './mapper/time.js';
export { type MapGarminActivityOptions, mapGarminActivity } from './mapper/to-activity.js';
export {
  type GarminBodyCompositionRecord,
  garminBodyCompositionRecordSchema,
  mapGarminBodyComposition,
} from './mapper/to-body-composition.js';
export {
  type MapGarminDailySummaryOptions,
  mapGarminDailySummary,
  mapGarminHrv,
} from './mapper/to-daily-summary.js';
export { type GarminNormalizedRecord, normalizeGarminPushEvent } from './mapper/to-record.js';
export { mapGarminSamples } from './mapper/to-samples.js';
export { type MapGarminSleepOptions, mapGarminSleep } from './mapper/to-sleep.js';
export { type MigrateGarminOAuth1Options, migrateGarminOAuth1Connection } from './migration.js';
export {
  createGarminOAuth1App,
  GARMIN_OAUTH1_RETIREMENT_DATE,
  type GarminOAuth1AppSettings,
} from './oauth1.js';
export { garmin } from './provider.js';
export {
  createGarminRateLimitPolicy,
  GARMIN_BACKFILL_DAYS_PER_MINUTE,
  type GarminRateLimitOptions,
} from './rate-limit.js';
export {
  createGarminRecordSet,
  type GarminRecordSet,
  type GarminUpsertResult,
} from './record-set.js';
export type {
  GarminActivityFilesResource,
  GarminDownloadedFile,
} from './resources/activity-files.js';
export {
  GARMIN_BACKFILL_MAX_DAYS,
  type GarminBackfillOptions,
  type GarminBackfillResource,
  type GarminBackfillWindow,
} from './resources/backfill.js';
export { type GarminSummariesResource, garminPermissionFor } from './resources/summaries.js';
export type { GarminUserResource } from './resources/user.js';
export { type GarminActivity, garminActivitySchema } from './schemas/activity.js';
export {
  type GarminActivityDetails,
  type GarminActivitySample,
  garminActivityDetailsSchema,
  garminActivitySampleSchema,
} from './schemas/activity-details.js';
export {
  type GarminBodyComposition,
  garminBodyCompositionSchema,
} from './schemas/body-composition.js';
export { type GarminDaily, garminDailySchema } from './schemas/daily.js';
export {
  type GarminOffsetMap,
  garminOffsetMapSchema,
  garminSummaryFields,
} from './schemas/fields.js';
export { type GarminHrv, garminHrvSchema } from './schemas/hrv.js';
export {
  type GarminActivityFile,
  type GarminDeregistration,
  type GarminPermissionsChange,
  type GarminPing,
  garminActivityFileSchema,
  garminDeregistrationSchema,
  garminPermissionsChangeSchema,
  garminPingSchema,
} from './schemas/notification.js';
export { type GarminSleep, garminSleepSchema } from './schemas/sleep.js';
export { type GarminSummary, garminSummarySchema } from './schemas/summary.js';
export {
  type GarminErrorBody,
  type GarminPermissionsAnswer,
  type GarminTokenExchangeAnswer,
  type GarminUserId,
  garminErrorSchema,
  garminPermissionsSchema,
  garminTokenExchangeSchema,
  garminUserIdSchema,
} from './schemas/user.js';
export { GARMIN_DEFAULT_SCOPES, GARMIN_SCOPES, type GarminScope } from './scopes.js';
export type { GarminListOptions, GarminRecordCursor, GarminSources } from './sources.js';
export {
  GARMIN_ACTIVITY_API_TYPES,
  GARMIN_CALLBACK_PATHS,
  GARMIN_NOTIFICATION_TYPES,
  GARMIN_SUMMARY_SCHEMAS,
  GARMIN_SUMMARY_TYPES,
  type GarminNotificationType,
  type GarminSummaryMap,
  type GarminSummaryType,
} from './summary-types.js';
export { garminSupersedes, garminUpsertKey } from './upsert.js';
export { downloadGarminActivityFile, fetchGarminWebhookChange } from './webhook-change.js';
export type {
  GarminActivityFileEvent,
  GarminDeregistrationEvent,
  GarminPermissionsChangeEvent,
  GarminPingEvent,
  GarminPushEvent,
  GarminPushEventOf,
  GarminWebhookEvent,
} from './webhook-event.js';
export {
  createGarminWebhookHandler,
  GARMIN_ACTIVITY_DETAILS_MAX_BODY_BYTES,
  GARMIN_CLIENT_ID_HEADER,
  GARMIN_WEBHOOK_MAX_BODY_BYTES,
  type GarminWebhookBatch,
  type GarminWebhookHandlerOptions,
  garminPushEvent,
  parseGarminWebhookEvent,
  type VerifyGarminWebhookOptions,
  verifyGarminWebhookRequest,
} from './webhooks.js';
