/**
 * The WHOOP sandbox for tests, demos and examples: a plugin for `@fitlink/testing` (built on its
 * provider kit, with the rate-limit budget in `knobs.rateLimit`), msw handlers of every route of
 * `WHOOP_ROUTES`, a seeded generator of WHOOP-shaped data, signed webhook requests, and typed
 * fixtures.
 *
 * @packageDocumentation
 */
export {
  createWhoopFake,
  WHOOP_SANDBOX_USER_ID,
  type WhoopFakeOptions,
  type WhoopSandboxData,
} from './fake.js';
export { whoopCycleFixtures } from './fixtures/cycles.js';
export { whoopRecoveryFixtures } from './fixtures/recoveries.js';
export { whoopSleepFixtures } from './fixtures/sleeps.js';
export { whoopBodyMeasurementFixture, whoopProfileFixture } from './fixtures/user.js';
export { whoopWorkoutFixtures } from './fixtures/workouts.js';
export { createWhoopHandlers, type WhoopHandlersOptions } from './handlers.js';
export {
  type WhoopSandboxKnobs,
  type WhoopSandboxPlugin,
  type WhoopSandboxPluginOptions,
  whoopSandboxPlugin,
} from './plugin.js';
export { createWhoopWebhookRequest, type WhoopWebhookRequestOptions } from './webhook.js';
