import { defineProvider } from '@fitlink/core';
import { WHOOP_DEFAULT_SCOPES, WHOOP_SCOPES } from './scopes.js';

/**
 * The WHOOP provider descriptor: OAuth 2 with a client secret, every scope with its meaning,
 * and what the package offers (workouts, sleep, recovery, cycles, profile, webhooks).
 *
 * @see https://developer.whoop.com/api
 */
export const whoop = defineProvider({
  id: 'whoop',
  displayName: 'WHOOP',
  authKinds: ['oauth2'],
  scopes: WHOOP_SCOPES,
  defaultScopes: WHOOP_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'recovery', 'daily', 'profile', 'webhooks'],
  docsUrl: 'https://developer.whoop.com/api',
});
