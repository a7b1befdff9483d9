/**
 * The data types a Health Auto Export automation can send, chosen in the app when the user sets
 * the automation up (there is no OAuth consent: the user's phone decides what it POSTs). fitlink
 * maps `metrics` and `workouts`; the others are passed through typed but unmapped.
 */
export const APPLE_HEALTH_SCOPES = {
  /** Health metrics. */
  metrics: 'Health metrics: steps, energy, distance, heart rate, HRV, SpO2, weight, sleep …',
  /** Workouts. */
  workouts: 'Workouts (Export Version 2): type, times, distance, energy, heart rate, route',
  /** State of Mind. */
  stateOfMind: 'State of Mind entries (passed through)',
  /** Medications. */
  medications: 'Medications (passed through)',
  /** Symptoms. */
  symptoms: 'Symptoms (passed through)',
  /** Cycle tracking. */
  cycleTracking: 'Cycle tracking (passed through)',
  /** ECG. */
  ecg: 'ECG recordings (passed through)',
  /** Heart-rate notifications. */
  heartRateNotifications: 'High, low and irregular heart-rate notifications (passed through)',
} as const;

/** A data type an automation can send. */
export type AppleHealthScope = keyof typeof APPLE_HEALTH_SCOPES;

/** What to select in the automation for everything fitlink normalizes. */
export const APPLE_HEALTH_DEFAULT_SCOPES: readonly AppleHealthScope[] = ['metrics', 'workouts'];
