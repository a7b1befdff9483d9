import { defineProvider } from '@fitlink/core';
import { GARMIN_DEFAULT_SCOPES, GARMIN_SCOPES } from './scopes.js';

/**
 * The Garmin descriptor: OAuth 2 with PKCE (OAuth 1.0a kept for migration until 2026-12-31),
 * user permissions instead of scopes, and data that arrives by push or ping to the app's
 * webhook endpoint (no ad-hoc pulls in production).
 *
 * @example
 * ```ts
 * import { garmin } from '@fitlink/garmin';
 * console.log(garmin.displayName, garmin.capabilities);
 * ```
 */
export const garmin = defineProvider({
  id: 'garmin',
  displayName: 'Garmin',
  authKinds: ['oauth2-pkce', 'oauth1a'],
  scopes: GARMIN_SCOPES,
  defaultScopes: GARMIN_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'daily', 'streams', 'webhooks'],
  docsUrl: 'https://developer.garmin.com/gc-developer-program/health-api/',
});
