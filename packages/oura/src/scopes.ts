/**
 * Every Oura OAuth scope with what it grants. The first eight are the published API v2 scopes;
 * `stress`, `heart_health` and `ring_configuration` are the newer names clients of the 2026
 * authorization server send. Whether the server also wants them `extapi:`-prefixed is not
 * documented: see `scopePrefix` on {@link createOuraApp}.
 */
export const OURA_SCOPES = {
  /** The user's email address (`personal_info.email`). */
  email: 'Email address of the user.',
  /** Age, biological sex, height and weight (`personal_info`). */
  personal: 'Personal information: age, biological sex, height and weight.',
  /** Daily summaries of sleep, activity and readiness, and sleep periods. */
  daily: 'Daily summaries of sleep, activity and readiness, and sleep periods.',
  /** Heart rate time series. */
  heartrate: 'Heart rate time series.',
  /** Workouts, auto-detected and entered by the user. */
  workout: 'Workouts, auto-detected and entered by the user.',
  /** Tags entered by the user. */
  tag: 'Tags entered by the user.',
  /** Guided and unguided sessions (meditation, breathing, naps) in the Oura app. */
  session: 'Guided and unguided sessions in the Oura app.',
  /** Average SpO2 during sleep. */
  spo2Daily: 'Average blood oxygen saturation during sleep.',
  /** Daytime stress and long-term resilience (newer scope name). */
  stress: 'Daytime stress and resilience.',
  /** Cardiovascular age and VO2 max (newer scope name). */
  heart_health: 'Cardiovascular age and VO2 max.',
  /** The ring's configuration: model, size, colour, firmware (newer scope name). */
  ring_configuration: 'Ring configuration: hardware, size, colour and firmware.',
} as const;

/**
 * An Oura OAuth scope.
 *
 * @see https://cloud.ouraring.com/docs/authentication
 */
export type OuraScope = keyof typeof OURA_SCOPES;

/** The scopes an Oura app asks for by default: everything fitlink reads. */
export const OURA_DEFAULT_SCOPES: readonly OuraScope[] = [
  'personal',
  'daily',
  'heartrate',
  'workout',
  'tag',
  'session',
  'spo2Daily',
  'stress',
  'heart_health',
  'ring_configuration',
];
