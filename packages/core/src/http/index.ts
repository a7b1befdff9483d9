export {
  type AsyncRateLimitPolicy,
  isPromiseLike,
} from './async-rate-limit-policy.js';
export { backoffDelay, isIdempotentMethod, type RetrySettings } from './backoff.js';
export {
  type BearerAuthOptions,
  bearerAuth,
  type ConnectionAuthOptions,
  connectionAuth,
} from './bearer-auth.js';
export {
  type ClientCredentialsSource,
  clientCredentialsAuth,
} from './client-credentials-auth.js';
export { abortError, type Clock, systemClock } from './clock.js';
export type {
  HttpEvent,
  HttpHooks,
  RefreshEvent,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './hooks.js';
export { buildUrl, createHttpClient } from './http-client.js';
export type {
  EmptyData,
  ErrorContext,
  HttpClient,
  HttpClientSettings,
  HttpRequestOptions,
  HttpResult,
  QueryValue,
  ResultData,
} from './http-types.js';
export { createMemoryRateBudgetStore } from './memory-rate-budget-store.js';
export { parseJsonKeepingBigIntegers } from './parse-json-big-integers.js';
export {
  type RateBudgetStore,
  type RateBudgetTake,
  type RateBudgetUsage,
  type RateBudgetWindow,
  windowStartOf,
} from './rate-budget-store.js';
export {
  parseIetfRateLimit,
  parseRetryAfter,
  parseXRateLimit,
  type RateLimitHeaderParser,
  type RateLimitState,
} from './rate-limit-headers.js';
export {
  createHeaderRateLimitPolicy,
  type HeaderRateLimitPolicyOptions,
  type RateLimitDecision,
  type RateLimitPolicy,
  type RateLimitRequest,
  type RateLimitResponse,
} from './rate-limit-policy.js';
export type { AuthAttempt, AuthorizableRequest, RequestAuth } from './request-auth.js';
export { toResponseError } from './response-error.js';
export { declareCheckAcceptor, schemaAcceptor } from './schema-acceptor.js';
export {
  createSharedRateLimitPolicy,
  type SharedRateBudget,
  type SharedRateLimitPolicyOptions,
  type SharedWindowRule,
  type StatedUsage,
} from './shared-rate-limit-policy.js';
export { createSingleFlight, type SingleFlight } from './single-flight.js';
export {
  createTokenManager,
  type TokenManager,
  type TokenManagerOptions,
  type TokenRefresher,
} from './token-manager.js';
export { loadHttpTransport } from './transport.js';
export { type ValidateOptions, type ValidationMode, validatePayload } from './validate.js';
