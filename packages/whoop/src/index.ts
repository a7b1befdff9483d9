/**
 * fitlink's WHOOP package: a typed WHOOP API v2 client (cycles, recovery, sleep, workouts,
 * profile, body measurement), OAuth 2 with `offline` and rotating refresh tokens, WHOOP's
 * rate-limit headers, signed webhooks, and mappers to fitlink's normalized model.
 *
 * @packageDocumentation
 */
export {
  createWhoopApp,
  type WhoopApp,
  type WhoopAppSettings,
  type WhoopAuthorizationRequest,
  type WhoopWarning,
} from './app.js';
export {
  createWhoopClient,
  type WhoopClient,
  type WhoopClientSettings,
} from './client.js';
export {
  WHOOP_API_BASE_URL,
  WHOOP_AUTHORIZE_URL,
  WHOOP_HOST,
  WHOOP_MAX_PAGE_SIZE,
  WHOOP_ROUTES,
  WHOOP_TOKEN_URL,
  type WhoopRoute,
} from './endpoints.js';
export { mapWhoopError, mapWhoopTokenError } from './errors.js';
export { WHOOP_SPORT_TYPES } from './mapper/sport-type.js';
export { mapWhoopWorkout, type WhoopMapOptions } from './mapper/to-activity.js';
export { mapWhoopCycle, mapWhoopRecovery } from './mapper/to-daily-summary.js';
export { mapWhoopProfile } from './mapper/to-profile.js';
export { mapWhoopSleep } from './mapper/to-sleep.js';
export { whoop } from './provider.js';
export {
  createWhoopRateLimitPolicy,
  type WhoopRateLimitPolicyOptions,
} from './rate-limit.js';
export type { WhoopCyclesResource } from './resources/cycles.js';
export type { WhoopCallOptions, WhoopListOptions } from './resources/list.js';
export type { WhoopRecoveryResource } from './resources/recovery.js';
export type { WhoopSleepResource } from './resources/sleep.js';
export type { WhoopUserResource } from './resources/user.js';
export type { WhoopWorkoutsResource } from './resources/workouts.js';
export {
  type WhoopCycle,
  type WhoopCycleScore,
  whoopCycleSchema,
  whoopCycleScoreSchema,
} from './schemas/cycle.js';
export { type WhoopPage, whoopPageSchema } from './schemas/page.js';
export {
  type WhoopRecovery,
  type WhoopRecoveryScore,
  whoopRecoverySchema,
  whoopRecoveryScoreSchema,
} from './schemas/recovery.js';
export { type WhoopScoreState, whoopScoreStateSchema } from './schemas/score-state.js';
export {
  type WhoopSleep,
  type WhoopSleepScore,
  whoopSleepNeededSchema,
  whoopSleepSchema,
  whoopSleepScoreSchema,
  whoopSleepStageSummarySchema,
} from './schemas/sleep.js';
export {
  type WhoopBodyMeasurement,
  type WhoopProfile,
  whoopBodyMeasurementSchema,
  whoopProfileSchema,
} from './schemas/user.js';
export {
  type WhoopWebhookEvent,
  type WhoopWebhookEventType,
  whoopWebhookEventSchema,
  whoopWebhookEventTypes,
} from './schemas/webhook.js';
export {
  type WhoopWorkout,
  type WhoopWorkoutScore,
  type WhoopZoneDurations,
  whoopWorkoutSchema,
  whoopWorkoutScoreSchema,
  whoopZoneDurationsSchema,
} from './schemas/workout.js';
export { WHOOP_DEFAULT_SCOPES, WHOOP_SCOPES, type WhoopScope } from './scopes.js';
export type {
  WhoopListCursor,
  WhoopProfileOptions,
  WhoopResources,
  WhoopSourceListOptions,
  WhoopSources,
} from './sources.js';
export { fetchWhoopWebhookChange, type WhoopWebhookChange } from './webhook-change.js';
export {
  parseWhoopWebhookEvent,
  type VerifyWhoopWebhookOptions,
  verifyWhoopWebhook,
  verifyWhoopWebhookRequest,
  WHOOP_SIGNATURE_HEADER,
  WHOOP_SIGNATURE_TIMESTAMP_HEADER,
} from './webhooks.js';
