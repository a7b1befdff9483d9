/**
 * The scopes SmashRun's consent page offers, each with what it grants.
 *
 * @see https://api.smashrun.com/v1/explorer
 */
export const SMASHRUN_SCOPES = {
  /** Read runs, splits, polylines, notables, stats, badges, body weight and the profile. */
  read_activity: 'Read runs, splits, routes, notables, stats, badges, body weight and profile',
  /** Upload, edit and delete runs and record body weight. */
  write_activity: 'Upload, edit and delete runs and record body weight',
} as const;

/** One SmashRun OAuth scope: `read_activity` or `write_activity`. */
export type SmashrunScope = keyof typeof SMASHRUN_SCOPES;

/** The scopes a SmashRun app asks for when none are named: `read_activity`. */
export const SMASHRUN_DEFAULT_SCOPES: readonly SmashrunScope[] = ['read_activity'];
