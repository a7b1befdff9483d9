/**
 * The Peloton sandbox for `@fitlink/testing`: Auth0 login pages, token endpoint and member API
 * as msw handlers, a seeded generator in Peloton's payload shape, fixtures, and the sandbox
 * member's credentials.
 *
 * @packageDocumentation
 */
export {
  createPelotonAuthPages,
  type PelotonAuthKnobs,
  type PelotonAuthPagesOptions,
  type PelotonAuthStats,
} from './auth-pages.js';
export {
  PELOTON_SANDBOX_CREDENTIALS,
  PELOTON_SANDBOX_INTERNAL_AUTHORIZE_PATH,
  PELOTON_SANDBOX_PASSWORD,
  PELOTON_SANDBOX_USER_ID,
  PELOTON_SANDBOX_USERNAME,
  type PelotonSandboxCredentials,
} from './constants.js';
export { createPelotonFake, type PelotonFake, type PelotonFakeOptions } from './fake.js';
export { pelotonInstructorFixtures } from './fixtures/instructors.js';
export {
  type PelotonWorkoutFixture,
  pelotonCyclingKilometresFixture,
  pelotonCyclingMilesFixture,
  pelotonMeditationFixture,
  pelotonOutdoorRunFixture,
  pelotonRowFixture,
  pelotonStrengthFixture,
} from './fixtures/workouts.js';
export {
  createPelotonHandlers,
  type PelotonApiKnobs,
  type PelotonApiStats,
  type PelotonHandlersOptions,
} from './handlers.js';
export {
  type PelotonSandboxKnobs,
  type PelotonSandboxPlugin,
  type PelotonSandboxPluginOptions,
  type PelotonSandboxStats,
  pelotonSandboxPlugin,
} from './plugin.js';
