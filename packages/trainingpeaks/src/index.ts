/**
 * TrainingPeaks for fitlink: OAuth 2 on the sandbox or production hosts, typed workouts, zones,
 * metrics, the changed feed, file upload and webhook subscriptions, mapped to fitlink's
 * normalized model with TrainingPeaks' local times, decimal hours and premium gating handled.
 *
 * @packageDocumentation
 */
export {
  createTrainingPeaksApp,
  type TrainingPeaksApp,
  type TrainingPeaksAppSettings,
} from './app.js';
export {
  createTrainingPeaksClient,
  type TrainingPeaksClient,
  type TrainingPeaksClientSettings,
} from './client.js';
export {
  TRAININGPEAKS_API_BASE_URL,
  TRAININGPEAKS_AUTHORIZE_URL,
  TRAININGPEAKS_CHANGED_MIN_DATE,
  TRAININGPEAKS_DEAUTHORIZE_URL,
  TRAININGPEAKS_HOSTS,
  TRAININGPEAKS_MAX_PAGE_SIZE,
  TRAININGPEAKS_MAX_RANGE_DAYS,
  TRAININGPEAKS_ROUTES,
  TRAININGPEAKS_TOKEN_URL,
  type TrainingPeaksEnvironment,
  type TrainingPeaksRoute,
  type TrainingPeaksUrls,
  trainingpeaksUrls,
} from './endpoints.js';
export {
  mapTrainingPeaksError,
  mapTrainingPeaksTokenError,
  TrainingPeaksPremiumRequiredError,
} from './errors.js';
export { type ResolvedLocalTime, resolveLocalTime } from './mapper/local-time.js';
export { TRAININGPEAKS_SPORT_TYPES } from './mapper/sport-type.js';
export {
  isCompletedTrainingPeaksWorkout,
  type MapTrainingPeaksWorkoutOptions,
  mapTrainingPeaksWorkout,
} from './mapper/to-activity.js';
export {
  type MapTrainingPeaksMetricsOptions,
  mapTrainingPeaksMetrics,
} from './mapper/to-daily-summary.js';
export { mapTrainingPeaksAthlete } from './mapper/to-profile.js';
export { mapTrainingPeaksWorkoutDetails } from './mapper/to-samples.js';
export {
  mapTrainingPeaksZones,
  type TrainingPeaksThresholds,
  type TrainingPeaksZoneBounds,
} from './mapper/to-zones.js';
export { trainingpeaks } from './provider.js';
export {
  createTrainingPeaksRateLimitPolicy,
  type TrainingPeaksRateLimitOptions,
} from './rate-limit.js';
export type {
  TrainingPeaksAthleteResource,
  TrainingPeaksZoneType,
} from './resources/athlete.js';
export type { TrainingPeaksDateCursor, TrainingPeaksRangeOptions } from './resources/date-range.js';
export type {
  TrainingPeaksFilesResource,
  TrainingPeaksUploadInput,
  TrainingPeaksUploadResult,
} from './resources/files.js';
export type { TrainingPeaksMetricsResource } from './resources/metrics.js';
export type {
  TrainingPeaksSubscriptionInput,
  TrainingPeaksSubscriptionUpdate,
  TrainingPeaksWebhookSubscriptionsResource,
} from './resources/webhook-subscriptions.js';
export type {
  TrainingPeaksChange,
  TrainingPeaksChangedCursor,
  TrainingPeaksChangedOptions,
  TrainingPeaksWorkoutListOptions,
  TrainingPeaksWorkoutsResource,
} from './resources/workouts.js';
export { type TrainingPeaksAthlete, trainingpeaksAthleteSchema } from './schemas/athlete.js';
export { type TrainingPeaksChangedPage, trainingpeaksChangedSchema } from './schemas/changed.js';
export {
  type TrainingPeaksFileUpload,
  trainingpeaksFileUploadSchema,
} from './schemas/file-upload.js';
export {
  type TrainingPeaksMetric,
  trainingpeaksMetricListSchema,
  trainingpeaksMetricSchema,
} from './schemas/metric.js';
export {
  type TrainingPeaksWebhookPayload,
  trainingpeaksWebhookEventSchema,
} from './schemas/webhook-event.js';
export {
  type TrainingPeaksWebhookEventType,
  type TrainingPeaksWebhookSubscription,
  trainingpeaksWebhookEventTypes,
  trainingpeaksWebhookSubscriptionListSchema,
  trainingpeaksWebhookSubscriptionSchema,
} from './schemas/webhook-subscription.js';
export {
  type TrainingPeaksWorkout,
  trainingpeaksWorkoutListSchema,
  trainingpeaksWorkoutSchema,
} from './schemas/workout.js';
export {
  type TrainingPeaksMeanMaxes,
  type TrainingPeaksTimeInZones,
  type TrainingPeaksWorkoutDetails,
  trainingpeaksDetailSampleSchema,
  trainingpeaksMeanMaxesSchema,
  trainingpeaksMeanMaxSchema,
  trainingpeaksTimeInZonesSchema,
  trainingpeaksWorkoutDetailsSchema,
  trainingpeaksZoneTimeSchema,
  trainingpeaksZoneTimesSchema,
} from './schemas/workout-analysis.js';
export {
  type TrainingPeaksZone,
  type TrainingPeaksZoneSet,
  type TrainingPeaksZones,
  trainingpeaksZoneSchema,
  trainingpeaksZoneSetSchema,
  trainingpeaksZonesSchema,
} from './schemas/zones.js';
export {
  TRAININGPEAKS_DEFAULT_SCOPES,
  TRAININGPEAKS_SCOPES,
  type TrainingPeaksScope,
} from './scopes.js';
export type { TrainingPeaksSourceListOptions, TrainingPeaksSources } from './sources.js';
export {
  fetchTrainingPeaksWebhookChange,
  type TrainingPeaksWebhookChange,
} from './webhook-change.js';
export {
  parseTrainingPeaksWebhookEvent,
  type TrainingPeaksKnownSubscription,
  type TrainingPeaksWebhookEvent,
  type VerifyTrainingPeaksWebhookOptions,
  type VerifyTrainingPeaksWebhookRequestOptions,
  verifyTrainingPeaksWebhook,
  verifyTrainingPeaksWebhookRequest,
} from './webhooks.js';
