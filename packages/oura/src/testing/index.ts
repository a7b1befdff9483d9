/**
 * The Oura sandbox for tests, demos and examples: a plugin for `@fitlink/testing` (OpenID
 * discovery, single-use codes, rotating refresh tokens, API v2 with a 5-minute budget and webhook
 * subscriptions), msw handlers, a seeded generator of Oura-shaped data, signed webhook requests
 * and typed fixtures.
 *
 * @packageDocumentation
 */
export {
  createOuraAuthorizationHandlers,
  type OuraAuthorizationKnobs,
  type OuraAuthorizationStats,
  ouraAuthorization,
  ouraDiscoveryDocument,
} from './authorization.js';
export {
  createOuraFake,
  OURA_SANDBOX_USER_ID,
  type OuraFakeOptions,
  type OuraSandboxData,
} from './fake.js';
export { ouraDayFixture } from './fixtures/daily.js';
export { ouraSleepFixtures } from './fixtures/sleeps.js';
export { ouraWorkoutFixtures } from './fixtures/workouts.js';
export { createOuraHandlers, type OuraHandlersOptions } from './handlers.js';
export {
  type OuraSandboxKnobs,
  type OuraSandboxPlugin,
  type OuraSandboxPluginOptions,
  type OuraSandboxStats,
  ouraSandboxPlugin,
} from './plugin.js';
export { createOuraWebhookRequest, type OuraWebhookRequestOptions } from './webhook.js';
