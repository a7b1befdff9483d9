/**
 * TrainingPeaks OAuth scopes. They are not inclusive: `workouts:details` does not grant
 * `workouts:read`, so ask for every scope a call needs. An app may only request scopes
 * TrainingPeaks granted it; asking for more makes the token exchange fail.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/OAuth
 */
export const TRAININGPEAKS_SCOPES = {
  /** Read the athlete's profile (id, time zone, premium flag) and zones. */
  'athlete:profile': "Read the athlete's profile and training zones",
  /** Read a coach's profile, athletes and assistants. */
  'coach:athletes': "Read the coach's profile, athletes and assistants",
  /** Read the athlete's events. */
  'events:read': "Read the athlete's events",
  /** Create events for the athlete. */
  'events:write': 'Create events',
  /** Upload activity files (FIT, TCX, PWX). */
  'file:write': 'Upload activity files',
  /** Read wellness and body metrics (sleep, resting heart rate, HRV, weight). */
  'metrics:read': 'Read wellness and body metrics',
  /** Create metrics entries. */
  'metrics:write': 'Create metrics entries',
  /** Read nutrition entries. */
  'nutrition:read': 'Read nutrition entries',
  /** Create, update and delete nutrition entries. */
  'nutrition:write': 'Create, update and delete nutrition entries',
  /** Read the athlete's routes. */
  'routes:read': "Read the athlete's routes",
  /** Create routes. */
  'routes:write': 'Create routes',
  /** List webhook subscriptions. */
  'webhook:read-subscriptions': 'List webhook subscriptions',
  /** Create, update and delete webhook subscriptions. */
  'webhook:write-subscriptions': 'Create, update and delete webhook subscriptions',
  /** Read workout detail samples, mean maxes and time in zones; post comments. Not `workouts:read`. */
  'workouts:details': 'Read workout samples and post comments',
  /** Create, update and delete planned workouts. */
  'workouts:plan': 'Create, update and delete planned workouts',
  /** Read planned and completed workouts and the changed feed. */
  'workouts:read': 'Read planned and completed workouts',
  /** Read the workout of the day and structured workout files. */
  'workouts:wod': 'Read the workout of the day and structured workout files',
} as const;

/** One TrainingPeaks OAuth scope (see {@link TRAININGPEAKS_SCOPES} for each one's meaning). */
export type TrainingPeaksScope = keyof typeof TRAININGPEAKS_SCOPES;

/** Scopes asked for when the app names none: what `listActivities`, `listDailySummaries` and samples need. */
export const TRAININGPEAKS_DEFAULT_SCOPES: readonly TrainingPeaksScope[] = [
  'athlete:profile',
  'workouts:read',
  'workouts:details',
  'metrics:read',
];
