/**
 * The Polar sandbox for tests, demos and examples: a plugin for `@fitlink/testing` (v4 on
 * `auth.polar.com` and `www.polaraccesslink.com/v4/data`, plus v3's registration and
 * transactions), msw handlers, a seeded generator of Polar-shaped data, signed v3 webhook
 * requests, and typed fixtures.
 *
 * @packageDocumentation
 */
export {
  createPolarFake,
  POLAR_SANDBOX_USER_ID,
  type PolarFakeOptions,
  type PolarSandboxData,
  type PolarV3SandboxState,
  type PolarV3SandboxTransaction,
  type PolarV3SandboxWebhook,
} from './fake.js';
export { polarNightlyRechargeFixture, polarSleepFixture } from './fixtures/sleep.js';
export { polarTrainingSessionFixtures } from './fixtures/training-sessions.js';
export { polarV3ExerciseFixtures, polarV3HashedExerciseFixture } from './fixtures/v3-exercises.js';
export { createPolarHandlers, type PolarHandlersOptions } from './handlers.js';
export {
  type PolarSandboxKnobs,
  type PolarSandboxPlugin,
  type PolarSandboxPluginOptions,
  polarSandboxPlugin,
} from './plugin.js';
export { createPolarWebhookRequest, type PolarWebhookRequestOptions } from './webhook.js';
