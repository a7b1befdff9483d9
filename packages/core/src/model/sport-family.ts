import * as z from 'zod/mini';
import type { Sport } from './sport.js';

/** Broad groups of sports, used to compare activities whose exact types disagree. */
export const sportFamilies = [
  'run',
  'walk',
  'ride',
  'swim',
  'paddle',
  'water',
  'snow',
  'skate',
  'gym',
  'mind_body',
  'climb',
  'racket',
  'team',
  'combat',
  'adaptive',
  'multisport',
  'other',
] as const;

/** One broad sport group from {@link sportFamilies}. */
export type SportFamily = (typeof sportFamilies)[number];

/** Validates a sport family. */
export const sportFamilySchema = z.enum(sportFamilies);

// Typed as Record<Sport, …> so a sport added to the taxonomy without a family fails to compile.
const familyOfSport: Readonly<Record<Sport, SportFamily>> = {
  run: 'run',
  trail_run: 'run',
  treadmill_run: 'run',
  virtual_run: 'run',
  walk: 'walk',
  hike: 'walk',
  ride: 'ride',
  virtual_ride: 'ride',
  indoor_ride: 'ride',
  mountain_bike_ride: 'ride',
  gravel_ride: 'ride',
  e_bike_ride: 'ride',
  swim: 'swim',
  open_water_swim: 'swim',
  row: 'paddle',
  indoor_row: 'paddle',
  kayak: 'paddle',
  canoe: 'paddle',
  stand_up_paddle: 'paddle',
  surf: 'water',
  kitesurf: 'water',
  windsurf: 'water',
  sail: 'water',
  alpine_ski: 'snow',
  backcountry_ski: 'snow',
  nordic_ski: 'snow',
  snowboard: 'snow',
  ice_skate: 'skate',
  inline_skate: 'skate',
  strength: 'gym',
  weight_training: 'gym',
  crossfit: 'gym',
  hiit: 'gym',
  elliptical: 'gym',
  stair_climber: 'gym',
  cardio: 'gym',
  yoga: 'mind_body',
  pilates: 'mind_body',
  stretching: 'mind_body',
  meditation: 'mind_body',
  breathwork: 'mind_body',
  climb: 'climb',
  bouldering: 'climb',
  tennis: 'racket',
  squash: 'racket',
  badminton: 'racket',
  table_tennis: 'racket',
  pickleball: 'racket',
  padel: 'racket',
  soccer: 'team',
  basketball: 'team',
  volleyball: 'team',
  football: 'team',
  hockey: 'team',
  rugby: 'team',
  cricket: 'team',
  baseball: 'team',
  boxing: 'combat',
  martial_arts: 'combat',
  wheelchair: 'adaptive',
  handcycle: 'adaptive',
  multisport: 'multisport',
  triathlon: 'multisport',
  dance: 'other',
  golf: 'other',
  other: 'other',
};

/**
 * Gives the broad family of a canonical sport, so a Garmin `indoor_ride` and a Strava
 * `virtual_ride` of the same session compare as the same kind of activity.
 *
 * @example
 * ```ts
 * sportFamily('gravel_ride'); // 'ride'
 * sportFamily('treadmill_run'); // 'run'
 * ```
 */
export function sportFamily(sport: Sport): SportFamily {
  return familyOfSport[sport] ?? 'other';
}
