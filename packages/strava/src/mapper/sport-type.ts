import type { Sport } from '@fitlink/core';

/**
 * Strava `sport_type` (and the deprecated `type`, whose values are a subset) → canonical sport.
 * Unknown values map to `other` through core's `mapSport`.
 *
 * @see https://developers.strava.com/docs/reference/#api-models-SportType
 */
export const STRAVA_SPORT_TYPES: Readonly<Record<string, Sport>> = {
  AlpineSki: 'alpine_ski',
  BackcountrySki: 'backcountry_ski',
  Badminton: 'badminton',
  Canoeing: 'canoe',
  Crossfit: 'crossfit',
  EBikeRide: 'e_bike_ride',
  EMountainBikeRide: 'e_bike_ride',
  Elliptical: 'elliptical',
  Golf: 'golf',
  GravelRide: 'gravel_ride',
  Handcycle: 'handcycle',
  HighIntensityIntervalTraining: 'hiit',
  Hike: 'hike',
  IceSkate: 'ice_skate',
  InlineSkate: 'inline_skate',
  Kayaking: 'kayak',
  Kitesurf: 'kitesurf',
  MountainBikeRide: 'mountain_bike_ride',
  NordicSki: 'nordic_ski',
  Pickleball: 'pickleball',
  Pilates: 'pilates',
  Ride: 'ride',
  RockClimbing: 'climb',
  Rowing: 'row',
  Run: 'run',
  Sail: 'sail',
  Snowboard: 'snowboard',
  Soccer: 'soccer',
  Squash: 'squash',
  StairStepper: 'stair_climber',
  StandUpPaddling: 'stand_up_paddle',
  Surfing: 'surf',
  Swim: 'swim',
  TableTennis: 'table_tennis',
  Tennis: 'tennis',
  TrailRun: 'trail_run',
  VirtualRide: 'virtual_ride',
  VirtualRow: 'indoor_row',
  VirtualRun: 'virtual_run',
  Walk: 'walk',
  WeightTraining: 'strength_training',
  Wheelchair: 'wheelchair',
  Windsurf: 'windsurf',
  Workout: 'cardio',
  Yoga: 'yoga',
};

/**
 * Strava has no indoor sport types: a ride, run or row on a trainer or treadmill is the outdoor
 * type with `trainer: true`. These are the canonical sports such activities become.
 */
export const STRAVA_TRAINER_SPORTS: Readonly<Partial<Record<Sport, Sport>>> = {
  ride: 'indoor_ride',
  run: 'treadmill_run',
  row: 'indoor_row',
};

/** Sports whose Strava cadence counts one foot, so it is doubled to steps per minute. */
export const STRAVA_PER_FOOT_CADENCE_SPORTS: ReadonlySet<Sport> = new Set<Sport>([
  'run',
  'trail_run',
  'treadmill_run',
  'virtual_run',
  'walk',
  'hike',
]);
