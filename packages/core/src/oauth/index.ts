export {
  type AuthorizationRequest,
  type Callback,
  type ReadCallbackOptions,
  readCallback,
} from './callback.js';
export {
  type AuthorizationServerMetadata,
  type DiscoverAuthorizationServerOptions,
  discoverAuthorizationServer,
  type OAuth2DiscoverySettings,
} from './discovery.js';
export type { ExpectedIssuer, IssuerSource } from './issuer-check.js';
export { fromOAuthError, type TokenErrorContext } from './oauth-errors.js';
export {
  createOAuth1App,
  type OAuth1App,
  type OAuth1AppSettings,
  type OAuth1Authorization,
} from './oauth1a-app.js';
export { type OAuth1SignInput, signOAuth1Request } from './oauth1a-sign.js';
export { createOAuth2App, type OAuth2App } from './oauth2-app.js';
export type {
  ClientAuthMethod,
  ExchangeCodeOptions,
  OAuth2AppSettings,
  OAuth2Endpoints,
  ResolvedOAuth2Endpoints,
} from './oauth2-settings.js';
export type { OAuth2Warning, OAuth2WarningCode } from './oauth2-warning.js';
export type { OfflineAccessMode } from './offline-access.js';
export { codeChallengeS256, generateCodeVerifier, generateState } from './pkce.js';
export {
  type AbsentScope,
  type CheckGrantedScopesInput,
  checkGrantedScopes,
  type FindMissingScopes,
  MissingScopeError,
  type MissingScopeErrorOptions,
  type ScopeCheckStage,
} from './scope-check.js';
export {
  type RevocationTokenPlacement,
  sendTokenRevocation,
  type TokenRevocationOptions,
  type TokenRevocationResult,
} from './send-token-revocation.js';
export { type TokenResponse, type ToTokenSetOptions, toTokenSet } from './token-response.js';
