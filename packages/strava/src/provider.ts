import { defineProvider } from '@fitlink/core';
import { STRAVA_DEFAULT_SCOPES, STRAVA_SCOPES } from './scopes.js';

/**
 * The Strava descriptor: OAuth 2 with the secret in the form body, comma-separated scopes,
 * activities, streams, profile and webhooks.
 *
 * @example
 * ```ts
 * import { strava } from '@fitlink/strava';
 * console.log(strava.displayName, Object.keys(strava.scopes));
 * ```
 */
export const strava = defineProvider({
  id: 'strava',
  displayName: 'Strava',
  authKinds: ['oauth2'],
  scopes: STRAVA_SCOPES,
  defaultScopes: STRAVA_DEFAULT_SCOPES,
  capabilities: ['activities', 'profile', 'streams', 'webhooks'],
  docsUrl: 'https://developers.strava.com/docs/reference/',
});
