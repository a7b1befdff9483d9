import { defineProvider } from '@fitlink/core';
import { HEALTH_CONNECT_DEFAULT_SCOPES, HEALTH_CONNECT_SCOPES } from './scopes.js';

/**
 * The Health Connect descriptor: Android's on-device store has no cloud API, so an exporter app
 * on the phone pushes batches to the app's endpoint with a per-user API key (`api-key`);
 * exercise, sleep and daily data.
 *
 * @example
 * ```ts
 * import { healthConnect } from '@fitlink/health-connect';
 * console.log(healthConnect.displayName, healthConnect.authKinds);
 * ```
 */
export const healthConnect = defineProvider({
  id: 'health-connect',
  displayName: 'Health Connect',
  authKinds: ['api-key'],
  scopes: HEALTH_CONNECT_SCOPES,
  defaultScopes: HEALTH_CONNECT_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'daily', 'webhooks'],
  docsUrl: 'https://developer.android.com/health-and-fitness/guides/health-connect',
});
