/**
 * `@fitlink/garmin/testing`: the Garmin sandbox plugin (OAuth 2 PKCE, the legacy OAuth 1.0a
 * endpoints and the token exchange, the API), the notification emitter that plays Garmin's
 * pushes and pings against the app's webhook URL, the seeded fake and typed fixtures.
 *
 * @packageDocumentation
 */
export {
  createGarminEmitter,
  type GarminEmitted,
  type GarminEmitter,
  type GarminEmitterOptions,
} from './emitter.js';
export {
  createGarminFake,
  type GarminFake,
  type GarminFakeOptions,
  garminSummaryIdOf,
  renderGarminActivity,
  renderGarminActivityDetails,
} from './fake.js';
export {
  garminActivityDetailsFixture,
  garminBodyCompositionFixture,
  garminDailyFixture,
  garminFinalSleepFixture,
  garminHrvFixture,
  garminRowingLegFixture,
  garminRunFixture,
  garminTentativeSleepFixture,
  garminUnknownTypeFixture,
} from './fixtures/summaries.js';
export {
  createGarminHandlers,
  createGarminSandboxKnobs,
  type GarminBackfillRequest,
  type GarminHandlersOptions,
  type GarminSandboxKnobs,
  garminSummariesOf,
} from './handlers.js';
export {
  createGarminLegacyHandlers,
  createGarminLegacyState,
  GARMIN_SANDBOX_OAUTH1_TOKEN,
  type GarminLegacyRequest,
  type GarminLegacyState,
} from './oauth1-handlers.js';
export {
  GARMIN_SANDBOX_HOSTS,
  type GarminSandboxOptions,
  type GarminSandboxPlugin,
  type GarminSandboxPluginKnobs,
  garminSandboxPlugin,
} from './plugin.js';
