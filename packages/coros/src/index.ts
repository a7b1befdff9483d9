/**
 * fitlink's COROS package: the partner API's OAuth 2 (a refresh that extends the same token,
 * never rotating), a typed client for workouts, FIT URLs and uploads, daily data and the
 * binding state, `{result, message, data}` envelopes mapped to typed errors, the push webhook on
 * core's ingest handler, zod schemas of COROS' payloads and mappers to fitlink's model.
 *
 * @packageDocumentation
 */
export {
  COROS_ACCESS_TOKEN_LIFETIME_MS,
  type CorosApp,
  type CorosAppSettings,
  createCorosApp,
} from './app.js';
export { type CorosClient, type CorosClientSettings, createCorosClient } from './client.js';
export {
  COROS_API_BASE_URL,
  COROS_AUTHORIZE_URL,
  COROS_HISTORY_DAYS,
  COROS_MAX_RANGE_DAYS,
  COROS_PRODUCTION_BASE_URL,
  COROS_ROUTES,
  COROS_STAGING_BASE_URL,
  COROS_TOKEN_URL,
  type CorosEnvironment,
  type CorosRoute,
  type CorosRouteName,
  type CorosUrls,
  corosUrls,
} from './endpoints.js';
export {
  COROS_RECONNECT_RESULTS,
  type CorosResultContext,
  CorosResultError,
  type CorosResultKind,
  corosResultError,
  mapCorosError,
  unwrapCorosEnvelope,
} from './errors.js';
export { parseCorosJson } from './json.js';
export { COROS_MULTISPORT_MODE, COROS_SPORT_TYPES } from './mapper/sport-type.js';
export {
  type CorosTimeUnit,
  corosDateTimeMs,
  corosDay,
  corosInstantMs,
  corosOffsetMinutes,
} from './mapper/time.js';
export {
  type CorosMultisportPart,
  corosMultisportParts,
  corosSport,
  type MapCorosActivityOptions,
  mapCorosActivity,
} from './mapper/to-activity.js';
export {
  type MapCorosDailySummaryOptions,
  mapCorosDailySummary,
} from './mapper/to-daily-summary.js';
export { type MapCorosSleepOptions, mapCorosSleep } from './mapper/to-sleep.js';
export { coros } from './provider.js';
export {
  COROS_REQUESTS_PER_MINUTE,
  type CorosRateLimitOptions,
  createCorosRateLimitPolicy,
} from './rate-limit.js';
export { corosConnectionAuth, corosOpenId } from './request-auth.js';
export type {
  CorosActivitiesResource,
  CorosFitRequest,
  CorosFitUpload,
  CorosListOptions,
  CorosUploadWaitOptions,
  CorosWindowCursor,
} from './resources/activities.js';
export type { CorosDailyResource } from './resources/daily.js';
export { corosDate } from './resources/date-range.js';
export type { CorosUserResource } from './resources/user.js';
export {
  type CorosActivity,
  type CorosActivityFit,
  type CorosActivityInput,
  type CorosActivityPart,
  corosActivityFitSchema,
  corosActivityListSchema,
  corosActivityPartSchema,
  corosActivitySchema,
} from './schemas/activity.js';
export {
  type CorosDaily,
  type CorosDailyList,
  type CorosHrvPoint,
  corosDailyListSchema,
  corosDailySchema,
  corosHrvPointSchema,
} from './schemas/daily.js';
export {
  COROS_SUCCESS_RESULT,
  type CorosEnvelope,
  corosAnyEnvelopeSchema,
  corosEnvelopeSchema,
} from './schemas/envelope.js';
export { type CorosId, corosIdSchema } from './schemas/label-id.js';
export {
  type CorosUpload,
  type CorosUploadStatus,
  corosUploadSchema,
  corosUploadStatusSchema,
} from './schemas/upload.js';
export {
  type CorosBindState,
  type CorosUserInfo,
  corosBindStateSchema,
  corosUserInfoSchema,
} from './schemas/user.js';
export {
  type CorosWebhookBody,
  type CorosWebhookBodyInput,
  corosWebhookBodySchema,
} from './schemas/webhook.js';
export { COROS_DEFAULT_SCOPES, COROS_SCOPES, type CorosScope } from './scopes.js';
export type { CorosListSourceOptions, CorosSources } from './sources.js';
export { type CorosWebhookChange, fetchCorosWebhookChange } from './webhook-change.js';
export {
  COROS_WEBHOOK_ACK,
  COROS_WEBHOOK_MAX_BODY_BYTES,
  type CorosWebhookEvent,
  type CorosWebhookHandlerOptions,
  type CorosWebhookRecord,
  createCorosWebhookHandler,
  parseCorosWebhookEvent,
  type VerifyCorosWebhookOptions,
  verifyCorosWebhookHeaders,
} from './webhooks.js';
