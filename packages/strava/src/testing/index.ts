/**
 * The Strava sandbox for `@fitlink/testing`: msw handlers on Strava's real hosts built from
 * `STRAVA_ROUTES`, a seeded generator in Strava's wire shape, and fixtures.
 *
 * @packageDocumentation
 */
export {
  createStravaApiGate,
  type StravaApiGateOptions,
  stravaApplicationInactiveResponse,
} from './api-gate.js';
export type {
  StravaSandboxData,
  StravaSandboxSubscription,
  StravaSandboxUpload,
} from './data.js';
export { stravaFault, stravaSandboxErrors } from './errors.js';
export {
  createStravaFake,
  STRAVA_SANDBOX_ATHLETE_ID,
  STRAVA_SANDBOX_SPORTS,
  type StravaFake,
  type StravaFakeActivity,
  type StravaFakeOptions,
} from './fake.js';
export {
  stravaLegacyActivityFixture,
  stravaManualActivityFixture,
  stravaRideSummaryFixture,
  stravaTreadmillRunFixture,
} from './fixtures/activities.js';
export { stravaAthleteFixture, stravaRunStreamsFixture } from './fixtures/athlete.js';
export {
  STRAVA_FIXTURE_SUBSCRIPTION_ID,
  stravaFaultFixtures,
  stravaWebhookEventFixtures,
} from './fixtures/webhooks.js';
export {
  createStravaHandlers,
  type StravaHandlersOptions,
  stravaRateLimitHeaders,
} from './handlers.js';
export { stravaJson, stravaJsonResponse } from './json.js';
export {
  type StravaSandboxKnobs,
  type StravaSandboxPlugin,
  type StravaSandboxPluginOptions,
  type StravaSandboxStats,
  stravaOAuthErrorBody,
  stravaSandboxPlugin,
} from './plugin.js';
export { createStravaRevokeHandler, type StravaRevokeHandlerOptions } from './revoke.js';
