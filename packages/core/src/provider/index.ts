export {
  type ActivitySource,
  type AuthKind,
  type CallOptions,
  type Capability,
  type ConnectionSettings,
  defineProvider,
  type ProviderApp,
  type ProviderDescriptor,
  type TimeRange,
} from './contract.js';
