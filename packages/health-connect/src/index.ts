/**
 * fitlink's Health Connect package. Android's Health Connect keeps data on the phone and has
 * no cloud API, so an exporter app posts batches to the app's own endpoint with a per-user API
 * key. This package issues and checks those keys, serves the endpoint (a Fetch-API handler on
 * core's ingest handler) for a named exporter format (`hc-webhook`, `flat-records`, or your
 * own), validates the batch with zod and maps exercise, sleep and daily records to fitlink's
 * normalized model, each with an idempotency key so the exporter's re-sends add nothing.
 *
 * @packageDocumentation
 */
export {
  createHealthConnectApp,
  type HealthConnectApp,
  type HealthConnectAppSettings,
} from './app.js';
export {
  createHealthConnectClient,
  type HealthConnectClient,
  type HealthConnectClientSettings,
} from './client.js';
export {
  HEALTH_CONNECT_DEFAULT_INGEST_PATH,
  HEALTH_CONNECT_DEFAULT_KEY_HEADER,
  HEALTH_CONNECT_KEY_PREFIX,
  HEALTH_CONNECT_ROUTES,
  HEALTH_CONNECT_WEBHOOK_WINDOW_HOURS,
} from './endpoints.js';
export { healthConnectFlatRecordsFormat } from './formats/flat-records-format.js';
export {
  defineHealthConnectFormat,
  type HealthConnectFormat,
  type HealthConnectFormatRecords,
} from './formats/format.js';
export {
  HEALTH_CONNECT_FORMATS,
  type HealthConnectFormatName,
  type HealthConnectFormats,
  resolveHealthConnectFormat,
} from './formats/registry.js';
export { healthConnectWebhookFormat } from './formats/webhook-format.js';
export {
  createHealthConnectInbox,
  type HealthConnectInbox,
  type HealthConnectInboxAdded,
  type HealthConnectInboxOptions,
  type HealthConnectInboxSize,
} from './inbox.js';
export {
  HEALTH_CONNECT_SLEEP_STAGES,
  type HealthConnectSleepStage,
  readHealthConnectSleepStage,
} from './mapper/sleep-stage.js';
export {
  HEALTH_CONNECT_EXERCISE_TYPES,
  HEALTH_CONNECT_SPORT_TYPES,
  healthConnectExerciseTypeName,
} from './mapper/sport-type.js';
export {
  healthConnectExerciseId,
  type MapHealthConnectExerciseOptions,
  mapHealthConnectExercise,
} from './mapper/to-activity.js';
export {
  type MapHealthConnectDailyOptions,
  mapHealthConnectDailySummaries,
} from './mapper/to-daily-summaries.js';
export {
  healthConnectSleepId,
  healthConnectSleepStartMs,
  type MapHealthConnectSleepOptions,
  mapHealthConnectSleep,
} from './mapper/to-sleep.js';
export { healthConnect } from './provider.js';
export {
  type HealthConnectRecordMetadata,
  healthConnectAmountSchema,
  healthConnectInstantSchema,
  healthConnectRecordMetadataSchema,
} from './schemas/fields.js';
export {
  type HealthConnectFlatRecord,
  type HealthConnectFlatRecordsPayload,
  healthConnectFlatRecordSchema,
  healthConnectFlatRecordsPayloadSchema,
} from './schemas/flat-records.js';
export type { HealthConnectRecordSet } from './schemas/records.js';
export {
  HEALTH_CONNECT_WEBHOOK_MAPPED_TYPES,
  type HealthConnectWebhookCalories,
  type HealthConnectWebhookDistance,
  type HealthConnectWebhookExercise,
  type HealthConnectWebhookHeartRate,
  type HealthConnectWebhookHeartRateVariability,
  type HealthConnectWebhookMappedType,
  type HealthConnectWebhookOxygenSaturation,
  type HealthConnectWebhookPayload,
  type HealthConnectWebhookRestingHeartRate,
  type HealthConnectWebhookSleep,
  type HealthConnectWebhookSleepStage,
  type HealthConnectWebhookSteps,
  type HealthConnectWebhookWeight,
  healthConnectWebhookCaloriesSchema,
  healthConnectWebhookDistanceSchema,
  healthConnectWebhookExerciseSchema,
  healthConnectWebhookHeartRateSchema,
  healthConnectWebhookHeartRateVariabilitySchema,
  healthConnectWebhookOxygenSaturationSchema,
  healthConnectWebhookPayloadSchema,
  healthConnectWebhookRestingHeartRateSchema,
  healthConnectWebhookSleepSchema,
  healthConnectWebhookSleepStageSchema,
  healthConnectWebhookStepsSchema,
  healthConnectWebhookWeightSchema,
} from './schemas/webhook.js';
export {
  HEALTH_CONNECT_DEFAULT_SCOPES,
  HEALTH_CONNECT_SCOPES,
  type HealthConnectScope,
} from './scopes.js';
export {
  type HealthConnectBatch,
  type HealthConnectKeyedRecord,
  type ReadHealthConnectBatchOptions,
  readHealthConnectBatch,
} from './sources.js';
export {
  type ParseHealthConnectWebhookOptions,
  parseHealthConnectWebhookEvent,
  verifyHealthConnectWebhookRequest,
} from './webhooks.js';
