import { defineProvider } from '@fitlink/core';
import { COROS_DEFAULT_SCOPES, COROS_SCOPES } from './scopes.js';

/**
 * The COROS descriptor: OAuth 2 code flow with a client secret (no PKCE), workouts, daily data
 * with the night's sleep window, and the push webhook for new workouts.
 *
 * @example
 * ```ts
 * import { coros } from '@fitlink/coros';
 * console.log(coros.displayName, coros.capabilities);
 * ```
 */
export const coros = defineProvider({
  id: 'coros',
  displayName: 'COROS',
  authKinds: ['oauth2'],
  scopes: COROS_SCOPES,
  defaultScopes: COROS_DEFAULT_SCOPES,
  capabilities: ['activities', 'sleep', 'daily', 'webhooks'],
  docsUrl: 'https://support.coros.com/hc/en-us/articles/17085887816340-Submit-an-API-Application',
});
