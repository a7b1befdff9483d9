import { defineProvider } from '@fitlink/core';
import { POLAR_DEFAULT_SCOPES, POLAR_SCOPES } from './scopes.js';

/**
 * The Polar provider descriptor: AccessLink Dynamic API v4 with OAuth 2 (client secret, HTTP
 * Basic) and refresh tokens; `webhooks` are AccessLink v3's signed webhooks (v4 documents none).
 *
 * @see https://www.polar.com/polar-api-v4/
 */
export const polar = defineProvider({
  id: 'polar',
  displayName: 'Polar',
  authKinds: ['oauth2'],
  scopes: POLAR_SCOPES,
  defaultScopes: POLAR_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'recovery', 'daily', 'webhooks'],
  docsUrl: 'https://www.polar.com/polar-api-v4/',
});
