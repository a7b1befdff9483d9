import { defineProvider } from '@fitlink/core';
import { APPLE_HEALTH_DEFAULT_SCOPES, APPLE_HEALTH_SCOPES } from './scopes.js';

/**
 * The Apple Health provider descriptor. Apple Health has no cloud API: the Health Auto Export
 * iOS app POSTs the user's data to the app's own URL (its REST API automation) with a per-user
 * API key, so the auth kind is `api-key` and the "client" is an ingest handler.
 */
export const appleHealth = defineProvider({
  id: 'apple-health',
  displayName: 'Apple Health (Health Auto Export)',
  authKinds: ['api-key'],
  scopes: APPLE_HEALTH_SCOPES,
  defaultScopes: APPLE_HEALTH_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'daily', 'streams', 'webhooks'],
  docsUrl: 'https://help.healthyapps.dev/en/health-auto-export/automations/rest-api',
});
