/**
 * `@fitlink/smashrun/testing`: the SmashRun sandbox plugin, its msw handlers, the seeded
 * generator of SmashRun payloads and typed fixtures in SmashRun's documented shape.
 *
 * @packageDocumentation
 */
export {
  renderSmashrunBadges,
  renderSmashrunNotables,
  renderSmashrunPolyline,
  renderSmashrunSplits,
  renderSmashrunStats,
} from './derived.js';
export {
  createSmashrunFake,
  renderSmashrunActivity,
  type SmashrunFake,
  type SmashrunFakeOptions,
  smashrunActivityIdOf,
  toSmashrunSummary,
} from './fake.js';
export {
  smashrunExtendedRunFixture,
  smashrunManualRunFixture,
  smashrunOutdoorRunFixture,
  smashrunTreadmillRunFixture,
} from './fixtures/activities.js';
export {
  smashrunBadgeFixture,
  smashrunBodyWeightFixture,
  smashrunStatsFixture,
  smashrunUserInfoFixture,
} from './fixtures/user.js';
export {
  createSmashrunHandlers,
  type SmashrunHandlersOptions,
  type SmashrunSandboxKnobs,
  type SmashrunSandboxStats,
} from './handlers.js';
export {
  SMASHRUN_SANDBOX_HOSTS,
  type SmashrunSandboxOptions,
  type SmashrunSandboxPlugin,
  smashrunSandboxPlugin,
} from './plugin.js';
export { formatLocal, formatOffset, formatUtc } from './wire-format.js';
