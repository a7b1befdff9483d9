/** Every WHOOP OAuth scope with what it grants. */
export const WHOOP_SCOPES = {
  /** Read recovery records: recovery score, HRV (RMSSD) and resting heart rate. */
  'read:recovery': 'Read recovery: score, heart rate variability and resting heart rate.',
  /** Read physiological cycles: day strain, energy and heart rate per cycle. */
  'read:cycles': 'Read physiological cycles: day strain and heart rate over a cycle.',
  /** Read workouts: activity strain, heart rate, zone durations, energy and distance. */
  'read:workout': 'Read workouts: activity strain, heart rate, zones, energy and distance.',
  /** Read sleeps: performance, stage durations and sleep need. */
  'read:sleep': 'Read sleep: performance, stage durations, sleep need.',
  /** Read the basic profile: user id, name and email. */
  'read:profile': 'Read the basic profile: name and email.',
  /** Read body measurements: height, weight and max heart rate. */
  'read:body_measurement': 'Read body measurements: height, weight and max heart rate.',
  /** Get a refresh token, so the connection outlives the 1-hour access token. */
  offline:
    'Receive a refresh token; without it the connection ends when the 1-hour access token does.',
} as const;

/**
 * A WHOOP OAuth scope.
 *
 * @see https://developer.whoop.com/docs/developing/oauth
 */
export type WhoopScope = keyof typeof WHOOP_SCOPES;

/** The scopes a WHOOP app asks for by default: every read scope plus `offline`. */
export const WHOOP_DEFAULT_SCOPES: readonly WhoopScope[] = [
  'read:recovery',
  'read:cycles',
  'read:workout',
  'read:sleep',
  'read:profile',
  'read:body_measurement',
  'offline',
];
