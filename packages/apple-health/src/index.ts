/**
 * Apple Health for fitlink, through the Health Auto Export iOS app: the user's phone POSTs
 * Health data to the app's URL with a per-user API key. This package gives the keys, the ingest
 * handler, the typed payloads and the mappers to fitlink's normalized model.
 *
 * @packageDocumentation
 */
export {
  type AppleHealthApp,
  type AppleHealthAppSettings,
  type AppleHealthAutomationLinkOptions,
  type AppleHealthIngestKey,
  createAppleHealthApp,
} from './app.js';
export {
  type AppleHealthBatch,
  type AppleHealthBatchIssue,
  type AppleHealthKeyed,
  type AppleHealthUnmapped,
  type ReadAppleHealthBatchOptions,
  readAppleHealthBatch,
} from './batch.js';
export {
  type AppleHealthClient,
  type AppleHealthClientSettings,
  createAppleHealthClient,
} from './client.js';
export {
  APPLE_HEALTH_AUTOMATION_HEADERS,
  APPLE_HEALTH_DEEP_LINK_URL,
  APPLE_HEALTH_KEY_HEADER,
  APPLE_HEALTH_KEY_PREFIX,
  APPLE_HEALTH_MAX_BODY_BYTES,
  APPLE_HEALTH_SENDER_TIMEOUT_MS,
} from './endpoints.js';
export {
  type AppleHealthInbox,
  type AppleHealthInboxChanges,
  createMemoryAppleHealthInbox,
} from './inbox.js';
export {
  type AppleHealthIngestHandlerSettings,
  createAppleHealthIngestHandler,
} from './ingest-handler.js';
export { type AppleHealthInstant, readAppleHealthDate } from './mapper/date.js';
export {
  APPLE_HEALTH_METRICS,
  APPLE_HEALTH_SI_UNITS,
  type AppleHealthAggregate,
  type AppleHealthMetricInfo,
} from './mapper/metric-names.js';
export { APPLE_HEALTH_SPORT_TYPES } from './mapper/sport-type.js';
export { type MapAppleHealthWorkoutOptions, mapAppleHealthWorkout } from './mapper/to-activity.js';
export { mapAppleHealthDailySummaries } from './mapper/to-daily-summary.js';
export {
  type AppleHealthMetricReading,
  type AppleHealthMetricSample,
  type AppleHealthSampleIssue,
  mapAppleHealthMetric,
} from './mapper/to-metric-samples.js';
export {
  type MapAppleHealthWorkoutSamplesOptions,
  mapAppleHealthWorkoutSamples,
} from './mapper/to-samples.js';
export {
  type MapAppleHealthSleepNightOptions,
  mapAppleHealthSleepNight,
  mapAppleHealthSleepStages,
} from './mapper/to-sleep.js';
export {
  type AppleHealthDimension,
  convertAppleHealthQuantity,
} from './mapper/units.js';
export { appleHealth } from './provider.js';
export { type AppleHealthExport, appleHealthExportSchema } from './schemas/export.js';
export {
  type AppleHealthBloodPressureSample,
  type AppleHealthHeartRateSample,
  type AppleHealthMetric,
  type AppleHealthQuantitySample,
  appleHealthBloodPressureSampleSchema,
  appleHealthHeartRateSampleSchema,
  appleHealthMetricSchema,
  appleHealthQuantitySampleSchema,
} from './schemas/metric.js';
export {
  type AppleHealthQuantity,
  appleHealthDateSchema,
  appleHealthQuantitySchema,
} from './schemas/quantity.js';
export {
  type AppleHealthSleepNight,
  type AppleHealthSleepStage,
  appleHealthSleepNightSchema,
  appleHealthSleepStageSchema,
} from './schemas/sleep.js';
export {
  type AppleHealthRoutePoint,
  type AppleHealthWorkout,
  type AppleHealthWorkoutHeartRate,
  type AppleHealthWorkoutHeartRatePoint,
  appleHealthRoutePointSchema,
  appleHealthWorkoutHeartRatePointSchema,
  appleHealthWorkoutHeartRateSchema,
  appleHealthWorkoutSchema,
} from './schemas/workout.js';
export {
  APPLE_HEALTH_DEFAULT_SCOPES,
  APPLE_HEALTH_SCOPES,
  type AppleHealthScope,
} from './scopes.js';
export {
  type AppleHealthCursor,
  type AppleHealthSources,
  createAppleHealthSources,
} from './sources.js';
export {
  type AppleHealthAutomation,
  type AppleHealthWebhookEvent,
  type ParseAppleHealthWebhookEventOptions,
  parseAppleHealthWebhookEvent,
  readAppleHealthAutomation,
  type VerifyAppleHealthWebhookOptions,
  verifyAppleHealthWebhookRequest,
} from './webhooks.js';
