import type { Sport } from '@fitlink/core';

/**
 * TrainingPeaks `WorkoutType` → canonical sport. TrainingPeaks has no indoor variants: a
 * trainer ride is `Bike` and a treadmill run is `Run`. Matching ignores case and separators;
 * unknown types map to `other`.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Workouts-Object
 */
export const TRAININGPEAKS_SPORT_TYPES: Readonly<Record<string, Sport>> = {
  swim: 'swim',
  bike: 'ride',
  run: 'run',
  walk: 'walk',
  mtb: 'mountain_bike_ride',
  'mountain bike': 'mountain_bike_ride',
  'xc-ski': 'nordic_ski',
  rowing: 'row',
  brick: 'multisport',
  'x-train': 'cardio',
  crosstrain: 'cardio',
  strength: 'strength_training',
  race: 'other',
  'day off': 'other',
  custom: 'other',
  other: 'other',
};
