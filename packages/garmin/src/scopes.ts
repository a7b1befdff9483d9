/**
 * The permissions a Garmin user grants on the consent screen (Garmin requests no scopes: the
 * app's data domains are configured in API Tools, and the user may untick any of them). Read
 * them with `client.user.permissions()`; `userPermissionsChange` notifications report changes.
 *
 * @see https://developer.garmin.com/gc-developer-program/ (Start Guide §2.6.3)
 */
export const GARMIN_SCOPES = {
  /** Activity summaries, details and files (Activity API). */
  ACTIVITY_EXPORT: 'Export activities, activity details and activity files',
  /** Dailies, sleeps, stress, HRV, body composition … (Health API). */
  HEALTH_EXPORT: 'Export health summaries (dailies, sleep, stress, HRV, body composition …)',
  /** Send workouts to the user's device (Training API). */
  WORKOUT_IMPORT: 'Import workouts to Garmin Connect',
  /** Send courses to the user's device (Courses API). */
  COURSE_IMPORT: 'Import courses to Garmin Connect',
  /** Menstrual cycle tracking (Women's Health API). */
  MCT_EXPORT: "Export menstrual cycle and pregnancy data (Women's Health)",
  /** Data from before the connection, through backfill (off by default on the consent screen). */
  HISTORICAL_DATA_EXPORT: 'Export historical data through backfill',
} as const;

/** One Garmin user permission. */
export type GarminScope = keyof typeof GARMIN_SCOPES;

/** Garmin's authorization request names no scopes: always empty. */
export const GARMIN_DEFAULT_SCOPES: readonly GarminScope[] = [];
