export { type ProviderAppOptions, passThroughAppSettings } from './app-options.js';
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
  type ProfileSource,
  type ProviderApp,
  type ProviderDescriptor,
  type SamplesSource,
  type SleepSource,
  type SourceListOptions,
  type TimeRange,
} from './contract.js';
export {
  type FilterRangeOptions,
  filterRange,
  inRange,
  type RangeTransform,
  type ResolvedRange,
  rangeTransform,
  resolveRange,
} from './range.js';
export {
  type DefinedRoutes,
  defineRoutes,
  type MatchedRoute,
  matchRoute,
  type RouteDefinition,
  type RouteMethod,
  type RouteTable,
  routePath,
  routeScopes,
} from './routes.js';
