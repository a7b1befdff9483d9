import { defineProvider } from '@fitlink/core';

/**
 * The scopes SmashRun's consent page offers.
 *
 * @see https://api.smashrun.com/v1/explorer
 */
export const smashrunScopes = {
  /** Read runs, splits, polylines, notables, stats, badges, body weight and the profile. */
  read_activity: 'Read runs, splits, routes, notables, stats, badges, body weight and profile',
  /** Upload, edit and delete runs and record body weight. */
  write_activity: 'Upload, edit and delete runs and record body weight',
} as const;

/** One SmashRun OAuth scope: `read_activity` or `write_activity`. */
export type SmashrunScope = keyof typeof smashrunScopes;

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
  scopes: smashrunScopes,
  defaultScopes: ['read_activity'],
  capabilities: ['activities', 'profile', 'streams'],
  docsUrl: 'https://api.smashrun.com/v1/documentation',
});
