import { defineProvider } from '@fitlink/core';
import { OURA_DEFAULT_SCOPES, OURA_SCOPES } from './scopes.js';

/**
 * The Oura provider descriptor: OAuth 2 with a client secret, every scope with its meaning, and
 * what the package offers (workouts, sleep periods, readiness, daily summaries, heart rate,
 * profile, webhooks).
 *
 * @see https://cloud.ouraring.com/v2/docs
 */
export const oura = defineProvider({
  id: 'oura',
  displayName: 'Oura',
  authKinds: ['oauth2'],
  scopes: OURA_SCOPES,
  defaultScopes: OURA_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'recovery', 'daily', 'profile', 'streams', 'webhooks'],
  docsUrl: 'https://cloud.ouraring.com/v2/docs',
});
