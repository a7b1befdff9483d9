/**
 * The WHOOP sandbox for tests, demos and examples: a plugin for `@fitlink/testing`, msw
 * handlers of every v2 route the client calls, a seeded generator of WHOOP-shaped data, a
 * rate-limit budget with knobs, signed webhook requests, and typed fixtures.
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
  type WhoopSandboxPlugin,
  type WhoopSandboxPluginOptions,
  whoopSandboxPlugin,
} from './plugin.js';
export {
  createWhoopRateLimitBudget,
  type WhoopBudgetWindow,
  type WhoopRateLimitBudget,
} from './rate-limit-budget.js';
export { createWhoopWebhookRequest, type WhoopWebhookRequestOptions } from './webhook.js';
