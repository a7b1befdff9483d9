export { type AuthorizationRequest, type Callback, readCallback } from './callback.js';
export { fromOAuthError, type TokenErrorContext } from './oauth-errors.js';
export {
  createOAuth1App,
  type OAuth1App,
  type OAuth1AppSettings,
  type OAuth1Authorization,
} from './oauth1a-app.js';
export { type OAuth1SignInput, signOAuth1Request } from './oauth1a-sign.js';
export {
  type ClientAuthMethod,
  createOAuth2App,
  type ExchangeCodeOptions,
  type OAuth2App,
  type OAuth2AppSettings,
  type OAuth2Endpoints,
} from './oauth2-app.js';
export { codeChallengeS256, generateCodeVerifier, generateState } from './pkce.js';
export {
  type RevocationTokenPlacement,
  sendTokenRevocation,
  type TokenRevocationOptions,
  type TokenRevocationResult,
} from './send-token-revocation.js';
export { type TokenResponse, type ToTokenSetOptions, toTokenSet } from './token-response.js';
