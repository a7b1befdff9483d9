import type { Sport } from '@fitlink/core';

/**
 * Google Health `exerciseType` → canonical sport. `WORKOUT` is Google's generic workout and
 * `OTHER` anything else: both map to `other`, as does any type this table does not know (the
 * `v4beta` channel may add types).
 *
 * @see https://developers.google.com/health/reference/rest/v4/users.dataTypes.dataPoints#ExerciseType
 */
export const GOOGLE_HEALTH_SPORT_TYPES: Readonly<Record<string, Sport>> = {
  RUNNING: 'run',
  WALKING: 'walk',
  BIKING: 'ride',
  SWIMMING: 'swim',
  HIKING: 'hike',
  YOGA: 'yoga',
  PILATES: 'pilates',
  HIIT: 'hiit',
  WEIGHTLIFTING: 'strength_training',
  STRENGTH_TRAINING: 'strength_training',
  WORKOUT: 'other',
  OTHER: 'other',
};
