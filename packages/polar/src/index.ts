/**
 * fitlink's Polar package: a typed client of the AccessLink Dynamic API v4 (training sessions
 * with per-day features, activity, sleep, Nightly Recharge, continuous heart rate, sports) with
 * OAuth 2 on `auth.polar.com` and refresh tokens, Polar's `RateLimit-*` budgets, mappers to
 * fitlink's normalized model, and — separately, for apps registered on it — the older
 * AccessLink v3 (user registration, exercise transactions, signed webhooks).
 *
 * @packageDocumentation
 */
export { createPolarApp, type PolarApp, type PolarAppSettings } from './app.js';
export { createPolarClient, type PolarClient, type PolarClientSettings } from './client.js';
export {
  POLAR_API_BASE_URL,
  POLAR_AUTH_HOST,
  POLAR_AUTHORIZE_URL,
  POLAR_HOST,
  POLAR_MAX_PAGE_SIZE,
  POLAR_MAX_RANGE_DAYS,
  POLAR_ROUTES,
  POLAR_TOKEN_URL,
  type PolarRoute,
} from './endpoints.js';
export { mapPolarError, mapPolarTokenError } from './errors.js';
export { parsePolarIsoDuration, parsePolarProtobufDuration } from './mapper/duration.js';
export type { PolarMapOptions, PolarTrainingSessionMapOptions } from './mapper/options.js';
export { POLAR_SPORT_TYPES } from './mapper/sport-type.js';
export { type PolarInstant, resolvePolarLocalTime } from './mapper/time.js';
export { mapPolarTrainingSession } from './mapper/to-activity.js';
export { mapPolarV3Exercise } from './mapper/to-activity-v3.js';
export {
  mapPolarDay,
  mapPolarNightlyRecharge,
  type PolarDay,
} from './mapper/to-daily-summary.js';
export { mapPolarSleep } from './mapper/to-sleep.js';
export { polar } from './provider.js';
export { createPolarRateLimitPolicy, type PolarRateLimitPolicyOptions } from './rate-limit.js';
export type {
  PolarActivityResource,
  PolarContinuousSamplesResource,
  PolarNightlyRechargeResource,
  PolarRangeResource,
  PolarSleepsResource,
} from './resources/collections.js';
export type {
  PolarFeatureRangeOptions,
  PolarListCursor,
  PolarRangeOptions,
} from './resources/range.js';
export type { PolarSportsResource } from './resources/sports.js';
export type {
  PolarDetailedCursor,
  PolarDetailedListOptions,
  PolarTrainingSessionFeature,
  PolarTrainingSessionsResource,
} from './resources/training-sessions.js';
export {
  type PolarActivityDay,
  type PolarActivityList,
  polarActivityDaySchema,
  polarActivityListSchema,
} from './schemas/activity.js';
export {
  type PolarContinuousSamples,
  type PolarContinuousSamplesList,
  polarContinuousSamplesListSchema,
  polarContinuousSamplesSchema,
  polarHeartRateSampleSchema,
} from './schemas/continuous-samples.js';
export {
  ISO_DURATION_PATTERN,
  PROTOBUF_DURATION_PATTERN,
  polarDateSchema,
  polarDateTimeSchema,
  polarIsoDurationSchema,
  polarProtobufDurationSchema,
} from './schemas/duration.js';
export {
  type PolarNightlyRecharge,
  type PolarNightlyRechargeList,
  polarNightlyRechargeListSchema,
  polarNightlyRechargeSchema,
} from './schemas/nightly-recharge.js';
export {
  type PolarSleep,
  type PolarSleepList,
  polarSleepListSchema,
  polarSleepSchema,
} from './schemas/sleep.js';
export {
  type PolarSport,
  type PolarSportList,
  polarSportListSchema,
  polarSportSchema,
} from './schemas/sport.js';
export {
  type PolarTrainingSession,
  type PolarTrainingSessionList,
  polarHeartRateSchema,
  polarHeartRateZoneSchema,
  polarIdentifierSchema,
  polarProductSchema,
  polarTrainingSessionListSchema,
  polarTrainingSessionSchema,
  polarZonesSchema,
} from './schemas/training-session.js';
export {
  type PolarV3Exercise,
  type PolarV3ExerciseLinks,
  type PolarV3HashedExercise,
  type PolarV3Transaction,
  type PolarV3User,
  type PolarV3WebhookEvent,
  polarV3ExerciseLinksSchema,
  polarV3ExerciseSchema,
  polarV3HashedExerciseSchema,
  polarV3HeartRateSchema,
  polarV3TransactionSchema,
  polarV3UserSchema,
  polarV3WebhookEventSchema,
} from './schemas/v3-exercise.js';
export {
  POLAR_V3_WEBHOOK_EVENTS,
  type PolarV3CreatedWebhook,
  type PolarV3Webhook,
  type PolarV3WebhookEventType,
  type PolarV3WebhookInfo,
  polarV3CreatedWebhookSchema,
  polarV3WebhookInfoSchema,
  polarV3WebhookSchema,
} from './schemas/v3-webhook.js';
export { POLAR_DEFAULT_SCOPES, POLAR_SCOPES, type PolarScope } from './scopes.js';
export {
  createPolarSources,
  POLAR_DEFAULT_LOOKBACK_DAYS,
  type PolarResources,
  type PolarSourceListOptions,
  type PolarSources,
} from './sources.js';
export { createPolarV3App, type PolarV3App, type PolarV3AppSettings } from './v3/app.js';
export {
  createPolarV3Client,
  type PolarV3Client,
  type PolarV3ClientSettings,
  type PolarV3Registration,
  type PolarV3TransactionOptions,
  type PolarV3TransactionResult,
} from './v3/client.js';
export {
  POLAR_V3_API_BASE_URL,
  POLAR_V3_AUTHORIZE_URL,
  POLAR_V3_ROUTES,
  POLAR_V3_TOKEN_URL,
  POLAR_V3_WEBHOOK_ROUTES,
  type PolarV3Route,
  type PolarV3Scope,
} from './v3/endpoints.js';
export {
  createPolarV3WebhookAdmin,
  type PolarV3WebhookAdmin,
  type PolarV3WebhookAdminSettings,
} from './v3/webhook-admin.js';
export { fetchPolarWebhookChange, type PolarWebhookChange } from './webhook-change.js';
export {
  POLAR_EVENT_HEADER,
  POLAR_SIGNATURE_HEADER,
  parsePolarWebhookEvent,
  type VerifyPolarWebhookOptions,
  verifyPolarWebhook,
  verifyPolarWebhookRequest,
} from './webhooks.js';
