/**
 * The fitlink sandbox: a fake OAuth 2 authorization server, a demo API, fault knobs and a
 * registry of provider plugins, as msw handlers for `setupServer` (runtime-agnostic; the
 * loopback HTTP server lives in `@fitlink/testing/node`).
 *
 * @packageDocumentation
 */
export { createSandboxApi, type SandboxApi, type SandboxApiOptions } from './api/sandbox-api.js';
export type { SandboxItem } from './api/sandbox-items.js';
export type { AuthenticatedToken } from './auth/bearer-authentication.js';
export {
  SANDBOX_API_BASE_URL,
  SANDBOX_AUTH_BASE_URL,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_REDIRECT_URI,
  SANDBOX_USER,
} from './auth/defaults.js';
export {
  createFakeAuthorizationServer,
  type FakeAuthorizationServer,
  type SeedTokensOptions,
} from './auth/fake-authorization-server.js';
export type { IssuedTokens } from './auth/issue-tokens.js';
export type {
  ClientAuthMethod,
  ConsentDecision,
  FakeAuthorizationServerOptions,
  FakeGrant,
  FakeGrantType,
  FakeOAuthClient,
  FakeOAuthError,
  FakeTokenIssue,
  RefreshTokenOnRefresh,
  SandboxUser,
} from './auth/options.js';
export type {
  FakeAuthorizationServerEndpoints,
  FakeAuthorizationServerKnobs,
  FakeAuthorizationServerStats,
} from './auth/server-state.js';
export { createFakeClock, type FakeClock } from './fake-clock.js';
export {
  type CreateFaultsOptions,
  createFaults,
  type FaultTokenHooks,
  type InjectedFault,
  type SandboxFaultStats,
  type SandboxFaults,
} from './faults/create-faults.js';
export {
  type BodyResetFault,
  type ExpiredTokenFault,
  type FaultMatch,
  type InjectFaultOptions,
  type RateLimitFault,
  type ResetFault,
  type RevokedTokenFault,
  SANDBOX_FAULT_KINDS,
  type SandboxFault,
  type SandboxFaultKind,
  type SlowFault,
  type StalledBodyFault,
  type StatusFault,
  type TruncatedFault,
} from './faults/fault.js';
export { followAuthorization } from './follow-authorization.js';
export { type AnswerCheck, checkAnswer } from './kit/check-answer.js';
export {
  inWindow,
  type OffsetParameters,
  offsetPage,
  type PageNumberParameters,
  type PageSizeParameter,
  type PageSlice,
  pageNumberPage,
  type TokenParameters,
  tokenPage,
} from './kit/paging.js';
export {
  createProviderApi,
  createProviderApiStats,
  JsonAnswer,
  jsonAnswer,
  type ProviderApi,
  type ProviderApiCall,
  type ProviderApiOptions,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  type RouteAnswer,
  type RouteAnswerContext,
} from './kit/provider-api.js';
export {
  createProviderSandboxPlugin,
  type ProviderSandboxParts,
  type ProviderSandboxPlugin,
  type ProviderSandboxPluginDefinition,
} from './kit/provider-plugin.js';
export { type ReadUntilResult, readPaginatorUntil } from './kit/read-until.js';
export {
  type SeedConnectionOptions,
  type SeededConnection,
  seedConnection,
} from './kit/seed-connection.js';
export {
  type BudgetDecision,
  type BudgetRequest,
  type BudgetWindow,
  type BudgetWindowState,
  createWindowBudget,
  type WindowBudget,
  type WindowBudgetOptions,
} from './kit/window-budget.js';
export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox/create-sandbox.js';
export type {
  SandboxContext,
  SandboxProvider,
  SandboxProviderPlugin,
} from './sandbox/sandbox-provider-plugin.js';
export { createSeededRandom, type SeededRandom } from './seeded-random.js';
export {
  createSandboxTimeline,
  type SandboxTimelineOptions,
} from './timeline/create-timeline.js';
export type {
  SandboxPlay,
  SandboxRecoveryDay,
  SandboxSleep,
  SandboxSport,
  SandboxTimeline,
  SandboxWorkout,
} from './timeline/timeline-types.js';
export { type SandboxWorkoutSamples, sandboxWorkoutSamples } from './timeline/workout-samples.js';
export { localDate, zonedInstant, zoneOffsetMinutes } from './timeline/zone-time.js';
