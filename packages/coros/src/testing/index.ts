/**
 * The COROS sandbox for tests, demos and examples: a plugin for `@fitlink/testing` (fake OAuth
 * with COROS' non-rotating refresh, the partner API with envelopes and 64-bit ids), msw
 * handlers, a seeded generator of COROS-shaped data, COROS' push with its real headers, and
 * typed fixtures.
 *
 * @packageDocumentation
 */
export {
  COROS_SANDBOX_OPEN_ID,
  type CorosFakeOptions,
  type CorosSandboxData,
  corosLocalDay,
  createCorosFake,
} from './fake.js';
export {
  corosIndoorRideFixture,
  corosOutdoorRunFixture,
  corosTriathlonFixture,
  corosUnknownModeFixture,
} from './fixtures/activities.js';
export {
  corosDailyFixture,
  corosLocalSleepDailyFixture,
  corosNoSleepDailyFixture,
} from './fixtures/daily.js';
export {
  type CorosHandlersOptions,
  type CorosSandboxKnobs,
  type CorosSandboxStats,
  createCorosHandlers,
} from './handlers.js';
export {
  type CorosSandboxPlugin,
  type CorosSandboxPluginOptions,
  corosSandboxPlugin,
} from './plugin.js';
export {
  type CorosPushRequestOptions,
  createCorosPushRequest,
  type PushCorosWorkoutsOptions,
  pushCorosWorkouts,
} from './push.js';
export { stringifyCorosJson } from './wire-json.js';
