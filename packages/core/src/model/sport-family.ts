import * as z from 'zod/mini';
import type { Sport } from './sport.js';

/**
 * Broad groups of sports, each answering a question users ask ("is this rowing?", "all my
 * cycling"): the exact sport says where or on what (`indoor_row`, `virtual_ride`), the family
 * says what kind of exercise. Rowing (on water or on a machine) is `rowing`, apart from
 * `paddle` (kayak, canoe, stand-up paddle).
 */
export const sportFamilies = [
  'running',
  'walking',
  'cycling',
  'swimming',
  'rowing',
  'paddle',
  'water',
  'snow',
  'skating',
  'strength',
  'cardio',
  'mind_body',
  'climbing',
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
  run: 'running',
  trail_run: 'running',
  treadmill_run: 'running',
  virtual_run: 'running',
  walk: 'walking',
  hike: 'walking',
  ride: 'cycling',
  virtual_ride: 'cycling',
  indoor_ride: 'cycling',
  mountain_bike_ride: 'cycling',
  gravel_ride: 'cycling',
  e_bike_ride: 'cycling',
  swim: 'swimming',
  open_water_swim: 'swimming',
  row: 'rowing',
  indoor_row: 'rowing',
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
  ice_skate: 'skating',
  inline_skate: 'skating',
  strength_training: 'strength',
  crossfit: 'strength',
  hiit: 'cardio',
  elliptical: 'cardio',
  stair_climber: 'cardio',
  cardio: 'cardio',
  yoga: 'mind_body',
  pilates: 'mind_body',
  stretching: 'mind_body',
  meditation: 'mind_body',
  breathwork: 'mind_body',
  climb: 'climbing',
  bouldering: 'climbing',
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
 * sportFamily('gravel_ride'); // 'cycling'
 * sportFamily('indoor_row'); // 'rowing' (kayaking is 'paddle')
 * ```
 */
export function sportFamily(sport: Sport): SportFamily {
  return familyOfSport[sport] ?? 'other';
}
