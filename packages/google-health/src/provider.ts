import { defineProvider } from '@fitlink/core';
import { GOOGLE_HEALTH_DEFAULT_SCOPES, GOOGLE_HEALTH_SCOPES } from './scopes.js';

/**
 * The Google Health provider descriptor (the successor of the Fitbit Web API): Google OAuth 2.0
 * with PKCE, the read-only `googlehealth.*` scopes, and what the package offers.
 *
 * @see https://developers.google.com/health
 */
export const googleHealth = defineProvider({
  id: 'google-health',
  displayName: 'Google Health',
  authKinds: ['oauth2-pkce', 'oauth2'],
  scopes: GOOGLE_HEALTH_SCOPES,
  defaultScopes: GOOGLE_HEALTH_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'daily', 'streams', 'webhooks'],
  docsUrl: 'https://developers.google.com/health',
});
