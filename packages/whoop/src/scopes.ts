/** Every WHOOP OAuth scope with what it grants. */
export const whoopScopes = {
  'read:recovery': 'Read recovery: score, heart rate variability and resting heart rate.',
  'read:cycles': 'Read physiological cycles: day strain and heart rate over a cycle.',
  'read:workout': 'Read workouts: activity strain, heart rate, zones, energy and distance.',
  'read:sleep': 'Read sleep: performance, stage durations, sleep need.',
  'read:profile': 'Read the basic profile: name and email.',
  'read:body_measurement': 'Read body measurements: height, weight and max heart rate.',
  offline:
    'Receive a refresh token; without it the connection ends when the 1-hour access token does.',
} as const;

/**
 * A WHOOP OAuth scope.
 *
 * @see https://developer.whoop.com/docs/developing/oauth
 */
export type WhoopScope = keyof typeof whoopScopes;

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
