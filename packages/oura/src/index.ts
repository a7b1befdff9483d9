/**
 * Typed Oura API v2 client for fitlink: OAuth 2 with endpoint discovery (`moi.ouraring.com`),
 * rotating single-use refresh tokens, daily summaries, sleep periods, workouts, sessions, tags,
 * heart rate, ring configuration, signed webhooks with subscription management, and mappers to
 * fitlink's normalized model.
 *
 * @packageDocumentation
 */
export {
  createOuraApp,
  type OuraApp,
  type OuraAppSettings,
  type OuraEndpointsSetting,
} from './app.js';
export { createOuraClient, type OuraClient, type OuraClientSettings } from './client.js';
export {
  OURA_API_BASE_URL,
  OURA_AUTHORIZE_URL,
  OURA_HEART_RATE_MAX_WINDOW_DAYS,
  OURA_HOST,
  OURA_ISSUER,
  OURA_LEGACY_AUTHORIZE_URL,
  OURA_LEGACY_TOKEN_URL,
  OURA_MAX_PAGE_SIZE,
  OURA_REVOKE_URL,
  OURA_ROUTES,
  OURA_TOKEN_URL,
  type OuraRoute,
} from './endpoints.js';
export { mapOuraError, mapOuraTokenError } from './errors.js';
export { OURA_SPORT_TYPES } from './mapper/sport-type.js';
export { ouraOffsetMinutes } from './mapper/time.js';
export { mapOuraWorkout, type OuraWorkoutMapOptions } from './mapper/to-activity.js';
export {
  mapOuraDay,
  type OuraDayDocuments,
  type OuraDayMapOptions,
} from './mapper/to-daily-summary.js';
export { mapOuraPersonalInfo, type OuraProfileMapOptions } from './mapper/to-profile.js';
export { mapOuraHeartRate, type OuraHeartRateMapOptions } from './mapper/to-samples.js';
export { mapOuraSleep, type OuraSleepMapOptions } from './mapper/to-sleep.js';
export { oura } from './provider.js';
export {
  createOuraRateLimitPolicy,
  type OuraRateLimitPolicyOptions,
} from './rate-limit.js';
export type { OuraDailyResource } from './resources/daily.js';
export type {
  OuraRingConfigurationsResource,
  OuraSessionsResource,
  OuraSleepResource,
  OuraTagsResource,
  OuraWorkoutsResource,
} from './resources/documents.js';
export type { OuraHeartRateListOptions, OuraHeartRateResource } from './resources/heart-rate.js';
export type {
  OuraCallOptions,
  OuraDocumentCollection,
  OuraDocumentListOptions,
} from './resources/list.js';
export type { OuraUserResource } from './resources/user.js';
export {
  createOuraWebhookSubscriptions,
  type OuraWebhookRenewalOptions,
  type OuraWebhookSubscriptionInput,
  type OuraWebhookSubscriptions,
  type OuraWebhookSubscriptionsSettings,
} from './resources/webhook-subscriptions.js';
export { type OuraDailyActivity, ouraDailyActivitySchema } from './schemas/daily-activity.js';
export {
  type OuraDailyCardiovascularAge,
  ouraDailyCardiovascularAgeSchema,
} from './schemas/daily-cardiovascular-age.js';
export { type OuraDailyReadiness, ouraDailyReadinessSchema } from './schemas/daily-readiness.js';
export { type OuraDailyResilience, ouraDailyResilienceSchema } from './schemas/daily-resilience.js';
export { type OuraDailySleep, ouraDailySleepSchema } from './schemas/daily-sleep.js';
export { type OuraDailySpo2, ouraDailySpo2Schema } from './schemas/daily-spo2.js';
export { type OuraDailyStress, ouraDailyStressSchema } from './schemas/daily-stress.js';
export { type OuraHeartRate, ouraHeartRateSchema } from './schemas/heart-rate.js';
export { type OuraPage, ouraPageSchema } from './schemas/page.js';
export { type OuraPersonalInfo, ouraPersonalInfoSchema } from './schemas/personal-info.js';
export {
  type OuraRingConfiguration,
  ouraRingConfigurationSchema,
} from './schemas/ring-configuration.js';
export { type OuraSample, ouraMetaSchema, ouraSampleSchema } from './schemas/sample.js';
export { type OuraSession, ouraSessionSchema } from './schemas/session.js';
export { type OuraSleep, ouraSleepReadinessSchema, ouraSleepSchema } from './schemas/sleep.js';
export { type OuraTag, ouraTagSchema } from './schemas/tag.js';
export {
  OURA_WEBHOOK_DATA_TYPES,
  type OuraWebhookDataType,
  type OuraWebhookEvent,
  type OuraWebhookOperation,
  type OuraWebhookSubscription,
  ouraWebhookEventSchema,
  ouraWebhookOperationSchema,
  ouraWebhookSubscriptionListSchema,
  ouraWebhookSubscriptionSchema,
} from './schemas/webhook.js';
export { type OuraWorkout, ouraWorkoutSchema } from './schemas/workout.js';
export { OURA_DEFAULT_SCOPES, OURA_SCOPES, type OuraScope } from './scopes.js';
export {
  createOuraSources,
  type OuraDailyCursor,
  type OuraDailySourceListOptions,
  type OuraListCursor,
  type OuraResources,
  type OuraSourceListOptions,
  type OuraSources,
} from './sources.js';
export {
  fetchOuraWebhookChange,
  type OuraWebhookChange,
  type OuraWebhookDeletion,
  type OuraWebhookDocumentChange,
  type OuraWebhookSleepChange,
  type OuraWebhookUnsupported,
  type OuraWebhookWorkoutChange,
} from './webhook-change.js';
export {
  OURA_SIGNATURE_HEADER,
  OURA_TIMESTAMP_HEADER,
  parseOuraWebhookEvent,
  type VerifyOuraWebhookChallengeOptions,
  type VerifyOuraWebhookOptions,
  verifyOuraWebhook,
  verifyOuraWebhookChallenge,
  verifyOuraWebhookRequest,
} from './webhooks.js';
