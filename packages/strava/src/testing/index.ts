/**
 * The Strava sandbox for `@fitlink/testing`: msw handlers on Strava's real hosts, a seeded
 * generator in Strava's wire shape, and fixtures.
 *
 * @packageDocumentation
 */
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
  type StravaHandlers,
  type StravaHandlersOptions,
  type StravaSandboxKnobs,
  type StravaSandboxStats,
} from './handlers.js';
export { stravaJson, stravaJsonResponse } from './json.js';
export {
  type StravaSandboxPlugin,
  type StravaSandboxPluginOptions,
  stravaOAuthErrorBody,
  stravaSandboxPlugin,
} from './plugin.js';
export type { StravaSandboxRateLimit } from './rate-limit-counter.js';
export type { StravaSandboxSubscriptions } from './subscriptions.js';
