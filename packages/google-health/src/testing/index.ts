/**
 * The Google Health sandbox for tests, demos and examples: a plugin for `@fitlink/testing`
 * (Google's OAuth server and the Health API on their real URLs, Fitbit's hosts answering 410),
 * msw handlers, a seeded generator of Google-shaped data, signed webhook requests and typed
 * fixtures.
 *
 * @packageDocumentation
 */
export {
  createGoogleHealthFake,
  GOOGLE_HEALTH_SANDBOX_FITBIT_ID,
  GOOGLE_HEALTH_SANDBOX_USER_ID,
  type GoogleHealthFakeDayTotals,
  type GoogleHealthFakeOptions,
  type GoogleHealthSandboxData,
} from './fake.js';
export { googleHealthDayFixtures } from './fixtures/days.js';
export { googleHealthExerciseFixtures } from './fixtures/exercises.js';
export { googleHealthSleepFixtures } from './fixtures/sleeps.js';
export {
  createFitbitGoneHandlers,
  createGoogleHealthHandlers,
  type GoogleHealthHandlersOptions,
} from './handlers.js';
export {
  type GoogleHealthSandboxKnobs,
  type GoogleHealthSandboxPlugin,
  type GoogleHealthSandboxPluginOptions,
  googleHealthSandboxPlugin,
} from './plugin.js';
export {
  createGoogleHealthWebhookRequest,
  createGoogleHealthWebhookSigner,
  type GoogleHealthWebhookRequestOptions,
  type GoogleHealthWebhookSigner,
} from './webhook.js';
