import { defineProvider } from '@fitlink/core';
import { SMASHRUN_DEFAULT_SCOPES, SMASHRUN_SCOPES } from './scopes.js';

/**
 * The SmashRun descriptor: OAuth 2 code flow with a client secret (no PKCE), two scopes,
 * runs with streams and a profile; no webhooks (sync incrementally with `fromDate`).
 *
 * @example
 * ```ts
 * import { smashrun } from '@fitlink/smashrun';
 * console.log(smashrun.displayName, Object.keys(smashrun.scopes));
 * ```
 */
export const smashrun = defineProvider({
  id: 'smashrun',
  displayName: 'SmashRun',
  authKinds: ['oauth2'],
  scopes: SMASHRUN_SCOPES,
  defaultScopes: SMASHRUN_DEFAULT_SCOPES,
  capabilities: ['activities', 'profile', 'streams'],
  docsUrl: 'https://api.smashrun.com/v1/documentation',
});
