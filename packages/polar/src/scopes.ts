/**
 * Every AccessLink Dynamic API v4 scope with what it grants. All are read-only, and Polar grants
 * a scope only when it was asked for and the user consented to it in that authorization.
 *
 * @see https://www.polar.com/polar-api-v4/
 */
export const POLAR_SCOPES = {
  /** Training sessions: summaries and, per day, their features (samples, zones, laps …). */
  'training_sessions:read': 'Read training sessions and their details.',
  /** Daily activity: active time, calories, activity samples. */
  'activity:read': 'Read daily activity.',
  /** Sleep: sleep times, stages and scores. */
  'sleep:read': 'Read sleep.',
  /** Nightly Recharge: ANS charge, overnight heart rate and HRV. */
  'nightly_recharge:read': 'Read Nightly Recharge results.',
  /** Continuous samples, such as 24/7 heart rate. */
  'continuous_samples:read': 'Read continuous samples (24/7 heart rate).',
  /** Polar's sports catalogue. */
  'sports:read': 'Read the sports catalogue.',
  /** Peak-to-peak interval (PPI) data. */
  'ppi_data:read': 'Read PPI (beat-to-beat) data.',
  /** Training calendar. */
  'calendar:read': 'Read the training calendar.',
  /** The user's devices. */
  'devices:read': 'Read the user’s devices.',
  /** The profile, email included. */
  'profile:read': 'Read the profile, email included.',
  /** Routes. */
  'routes:read': 'Read routes.',
  /** Skin contact changes. */
  'skin_contact:read': 'Read skin contact data.',
  /** Fitness, orthostatic and other tests. */
  'tests:read': 'Read test results.',
} as const;

/**
 * An AccessLink v4 OAuth scope. Polar names 16 scopes; those fitlink reads are listed in
 * {@link POLAR_SCOPES}.
 */
export type PolarScope = keyof typeof POLAR_SCOPES;

/** The scopes a Polar app asks for by default: what the normalized lists read. */
export const POLAR_DEFAULT_SCOPES: readonly PolarScope[] = [
  'training_sessions:read',
  'sports:read',
  'sleep:read',
  'nightly_recharge:read',
  'activity:read',
  'continuous_samples:read',
];
