export { pickCallOptions } from './call-options.js';
export {
  type ProviderClientOptions,
  passThroughHttpSettings,
} from './client-options.js';
export {
  type ActivitySource,
  type AuthKind,
  type CallOptions,
  type Capability,
  type ConnectionSettings,
  type DailySummarySource,
  defineProvider,
  type PlaySource,
  type ProviderApp,
  type ProviderDescriptor,
  type SleepSource,
  type TimeRange,
} from './contract.js';
export {
  defineRoutes,
  type MatchedRoute,
  matchRoute,
  type RouteDefinition,
  type RouteMethod,
  type RouteTable,
  routePath,
  routeScopes,
} from './routes.js';
