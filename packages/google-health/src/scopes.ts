/** The prefix every Google OAuth scope URL shares. */
const AUTH = 'https://www.googleapis.com/auth/';

/**
 * Every Google Health API OAuth scope fitlink reads with, each with what it grants. All of them
 * are "restricted" scopes: an app beyond 100 test users needs Google's privacy and security
 * review. Only the read-only scopes are listed: fitlink never writes health data.
 *
 * @see https://developers.google.com/health/scopes
 */
export const GOOGLE_HEALTH_SCOPES = {
  /** Exercise, steps, distance, floors, active zone minutes, calories. */
  [`${AUTH}googlehealth.activity_and_fitness.readonly`]:
    'Read activity and fitness: exercise, steps, distance, active zone minutes, calories.',
  /** Heart rate, resting heart rate, HRV, SpO2, weight, body fat. */
  [`${AUTH}googlehealth.health_metrics_and_measurements.readonly`]:
    'Read health metrics: heart rate, resting heart rate, HRV, SpO2, weight.',
  /** Sleep sessions with stages. */
  [`${AUTH}googlehealth.sleep.readonly`]: 'Read sleep sessions and their stages.',
  /** The profile (age, stride lengths, membership date). */
  [`${AUTH}googlehealth.profile.readonly`]: 'Read the profile: age, stride lengths.',
  /** Settings and paired devices. */
  [`${AUTH}googlehealth.settings.readonly`]: 'Read settings and paired devices.',
  /** Exercise GPS routes (TCX export). */
  [`${AUTH}googlehealth.location.readonly`]: 'Read exercise GPS location data.',
} as const;

/**
 * A Google Health API OAuth scope (the full `https://www.googleapis.com/auth/…` URL).
 *
 * @see https://developers.google.com/health/scopes
 */
export type GoogleHealthScope = keyof typeof GOOGLE_HEALTH_SCOPES;

/** Activity and fitness (exercise, steps, distance, AZM, calories). */
export const GOOGLE_HEALTH_ACTIVITY_SCOPE: GoogleHealthScope = `${AUTH}googlehealth.activity_and_fitness.readonly`;
/** Health metrics (heart rate, resting HR, HRV, SpO2, weight). */
export const GOOGLE_HEALTH_METRICS_SCOPE: GoogleHealthScope = `${AUTH}googlehealth.health_metrics_and_measurements.readonly`;
/** Sleep. */
export const GOOGLE_HEALTH_SLEEP_SCOPE: GoogleHealthScope = `${AUTH}googlehealth.sleep.readonly`;
/** Profile. */
export const GOOGLE_HEALTH_PROFILE_SCOPE: GoogleHealthScope = `${AUTH}googlehealth.profile.readonly`;

/** The scopes an app asks for by default: activity, health metrics, sleep and profile. */
export const GOOGLE_HEALTH_DEFAULT_SCOPES: readonly GoogleHealthScope[] = [
  GOOGLE_HEALTH_ACTIVITY_SCOPE,
  GOOGLE_HEALTH_METRICS_SCOPE,
  GOOGLE_HEALTH_SLEEP_SCOPE,
  GOOGLE_HEALTH_PROFILE_SCOPE,
];
