/**
 * The Apple Health sandbox for tests, demos and examples: the phone (Health Auto Export's REST
 * API automation POSTing with its real headers), a seeded generator of export bodies from the
 * shared timeline, the sandbox key, msw handlers that serve an ingest handler at a URL, and
 * typed fixtures.
 *
 * @packageDocumentation
 */
export {
  type AppleHealthFakeOptions,
  type AppleHealthFakeUnits,
  createAppleHealthFake,
} from './fake.js';
export { type AppleHealthExportFixture, appleHealthExportFixtures } from './fixtures/exports.js';
export { appleHealthSleepNightFixture, appleHealthSleepStageFixtures } from './fixtures/sleep.js';
export { appleHealthWorkoutFixtures } from './fixtures/workouts.js';
export { formatAppleHealthDate } from './format.js';
export { type AppleHealthHandlersOptions, createAppleHealthHandlers } from './handlers.js';
export {
  APPLE_HEALTH_SANDBOX_KEY,
  APPLE_HEALTH_SANDBOX_KEY_ID,
  APPLE_HEALTH_SANDBOX_USER,
  lookupAppleHealthSandboxKey,
} from './key.js';
export {
  type AppleHealthPhone,
  type AppleHealthPhoneSendOptions,
  type AppleHealthPhoneSettings,
  createAppleHealthPhone,
} from './phone.js';
export {
  type AppleHealthPushOptions,
  type AppleHealthSandboxAuth,
  type AppleHealthSandboxKnobs,
  type AppleHealthSandboxPlugin,
  type AppleHealthSandboxPluginOptions,
  type AppleHealthSandboxStats,
  appleHealthSandboxPlugin,
} from './plugin.js';
