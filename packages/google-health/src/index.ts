/**
 * fitlink's Google Health package: a typed Google Health API client (the successor of the Fitbit
 * Web API, shut since 2026-11-02): data points, reconcile and roll-ups for exercise, sleep,
 * steps, distance, heart rate, resting heart rate, HRV, SpO2, weight and active zone minutes;
 * Google OAuth 2.0 with PKCE; webhooks; the Fitbit migration; mappers to fitlink's model.
 *
 * @packageDocumentation
 */
export {
  createGoogleHealthApp,
  type GoogleHealthApp,
  type GoogleHealthAppSettings,
} from './app.js';
export {
  createGoogleHealthClient,
  type GoogleHealthClient,
  type GoogleHealthClientSettings,
} from './client.js';
export {
  GOOGLE_HEALTH_DATA_TYPES,
  GOOGLE_HEALTH_TRUE_ZERO_TYPES,
  GOOGLE_HEALTH_WEBHOOK_DATA_TYPES,
  type GoogleHealthDataType,
  type GoogleHealthDataTypeInfo,
  googleHealthRangeFilter,
  hasTrueZeros,
} from './data-types.js';
export {
  GOOGLE_HEALTH_API_BASE_URL,
  GOOGLE_HEALTH_AUTHORIZE_URL,
  GOOGLE_HEALTH_HOST,
  GOOGLE_HEALTH_MAX_PAGE_SIZE,
  GOOGLE_HEALTH_MAX_SESSION_PAGE_SIZE,
  GOOGLE_HEALTH_REVOKE_URL,
  GOOGLE_HEALTH_ROUTES,
  GOOGLE_HEALTH_TOKEN_URL,
  type GoogleHealthChannel,
  type GoogleHealthRoute,
  googleHealthApiBaseUrl,
  googleHealthScopeOf,
} from './endpoints.js';
export { mapGoogleHealthError, mapGoogleHealthTokenError } from './errors.js';
export {
  FITBIT_HOSTS,
  type FitbitIdentityLink,
  linkFitbitIdentity,
  withFitbitShutdown,
} from './fitbit-migration.js';
export {
  FITBIT_SHUTDOWN_DATE,
  FitbitShutdownError,
  isFitbitShutdownError,
} from './fitbit-shutdown-error.js';
export type { GoogleHealthMapOptions } from './mapper/map-options.js';
export { GOOGLE_HEALTH_SPORT_TYPES } from './mapper/sport-type.js';
export { mapGoogleHealthExercise } from './mapper/to-activity.js';
export { type GoogleHealthDay, mapGoogleHealthDay } from './mapper/to-daily-summary.js';
export {
  type GoogleHealthSamplesActivity,
  mapGoogleHealthHeartRate,
} from './mapper/to-samples.js';
export { mapGoogleHealthSleep } from './mapper/to-sleep.js';
export { googleHealth } from './provider.js';
export {
  createGoogleHealthRateLimitPolicy,
  type GoogleHealthRateLimitPolicyOptions,
} from './rate-limit.js';
export type {
  GoogleHealthDailyRollUpOptions,
  GoogleHealthDataPointsResource,
  GoogleHealthListOptions,
  GoogleHealthRollUpOptions,
} from './resources/data-points.js';
export {
  createGoogleHealthSubscribers,
  type GoogleHealthCreateSubscriberOptions,
  type GoogleHealthSubscribersResource,
  type GoogleHealthSubscribersSettings,
} from './resources/subscribers.js';
export type { GoogleHealthUsersResource } from './resources/users.js';
export {
  type GoogleHealthDataPoint,
  type GoogleHealthDataPointPage,
  type GoogleHealthExercisePoint,
  type GoogleHealthReconciledDataPoint,
  type GoogleHealthReconciledPage,
  type GoogleHealthSleepPoint,
  googleHealthDataPointPageSchema,
  googleHealthDataPointSchema,
  googleHealthExercisePointSchema,
  googleHealthReconciledDataPointSchema,
  googleHealthReconciledPageSchema,
  googleHealthSleepPointSchema,
} from './schemas/data-point.js';
export {
  type GoogleHealthExercise,
  type GoogleHealthMetricsSummary,
  googleHealthExerciseSchema,
  googleHealthMetricsSummarySchema,
} from './schemas/exercise.js';
export {
  type GoogleHealthCivilDateTime,
  type GoogleHealthDataSource,
  type GoogleHealthDate,
  type GoogleHealthInterval,
  type GoogleHealthSampleTime,
  googleHealthCivilDateTimeSchema,
  googleHealthDataSourceSchema,
  googleHealthDateSchema,
  googleHealthDurationSchema,
  googleHealthInt64Schema,
  googleHealthIntervalSchema,
  googleHealthSampleTimeSchema,
  googleHealthTimestampSchema,
} from './schemas/fields.js';
export {
  type GoogleHealthActiveZoneMinutes,
  type GoogleHealthDailyHeartRateVariability,
  type GoogleHealthDailyOxygenSaturation,
  type GoogleHealthDailyRestingHeartRate,
  type GoogleHealthDistance,
  type GoogleHealthHeartRate,
  type GoogleHealthHeartRateVariability,
  type GoogleHealthOxygenSaturation,
  type GoogleHealthSteps,
  type GoogleHealthWeight,
  googleHealthActiveZoneMinutesSchema,
  googleHealthDailyHeartRateVariabilitySchema,
  googleHealthDailyOxygenSaturationSchema,
  googleHealthDailyRestingHeartRateSchema,
  googleHealthDistanceSchema,
  googleHealthHeartRateSchema,
  googleHealthHeartRateVariabilitySchema,
  googleHealthOxygenSaturationSchema,
  googleHealthStepsSchema,
  googleHealthWeightSchema,
} from './schemas/measurements.js';
export {
  type GoogleHealthDailyRollUpResponse,
  type GoogleHealthDailyRollupDataPoint,
  type GoogleHealthRollUpResponse,
  type GoogleHealthRollupDataPoint,
  googleHealthDailyRollUpResponseSchema,
  googleHealthDailyRollupDataPointSchema,
  googleHealthRollUpResponseSchema,
  googleHealthRollupDataPointSchema,
} from './schemas/rollup.js';
export {
  type GoogleHealthSleep,
  type GoogleHealthSleepStage,
  type GoogleHealthSleepSummary,
  googleHealthSleepSchema,
  googleHealthSleepStageSchema,
  googleHealthSleepSummarySchema,
} from './schemas/sleep.js';
export {
  type GoogleHealthOperation,
  type GoogleHealthSubscriber,
  type GoogleHealthSubscriberConfig,
  type GoogleHealthSubscription,
  googleHealthOperationSchema,
  googleHealthSubscriberConfigSchema,
  googleHealthSubscriberPageSchema,
  googleHealthSubscriberSchema,
  googleHealthSubscriptionPageSchema,
  googleHealthSubscriptionSchema,
} from './schemas/subscriber.js';
export {
  type GoogleHealthIdentity,
  type GoogleHealthProfile,
  googleHealthIdentitySchema,
  googleHealthProfileSchema,
} from './schemas/user.js';
export {
  type GoogleHealthWebhookEvent,
  googleHealthWebhookEventSchema,
} from './schemas/webhook.js';
export {
  GOOGLE_HEALTH_ACTIVITY_SCOPE,
  GOOGLE_HEALTH_DEFAULT_SCOPES,
  GOOGLE_HEALTH_METRICS_SCOPE,
  GOOGLE_HEALTH_PROFILE_SCOPE,
  GOOGLE_HEALTH_SCOPES,
  GOOGLE_HEALTH_SLEEP_SCOPE,
  type GoogleHealthScope,
} from './scopes.js';
export type {
  GoogleHealthDailyCursor,
  GoogleHealthDailyListOptions,
  GoogleHealthListCursor,
  GoogleHealthResources,
  GoogleHealthSourceListOptions,
  GoogleHealthSources,
} from './sources.js';
export { GOOGLE_HEALTH_SUBSCRIBER_ROUTES } from './subscriber-routes.js';
export {
  fetchGoogleHealthWebhookChange,
  type GoogleHealthWebhookChange,
} from './webhook-change.js';
export {
  type GoogleHealthWebhookPublicKey,
  importGoogleHealthPublicKey,
} from './webhook-signature.js';
export {
  GOOGLE_HEALTH_SIGNATURE_HEADER,
  type GoogleHealthWebhookNotification,
  type GoogleHealthWebhookResult,
  type GoogleHealthWebhookVerification,
  parseGoogleHealthWebhookEvent,
  type VerifyGoogleHealthWebhookOptions,
  verifyGoogleHealthWebhook,
  verifyGoogleHealthWebhookRequest,
} from './webhooks.js';
