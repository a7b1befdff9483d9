import type { Sport } from '@fitlink/core';

/**
 * Health Connect's `ExerciseSessionRecord.EXERCISE_TYPE_*` constants: code → the name Health
 * Connect gives it (`EXERCISE_TYPE_INT_TO_STRING_MAP`). HC Webhook sends the code as text
 * (`"56"`); other exporters send the name.
 *
 * @see https://developer.android.com/reference/kotlin/androidx/health/connect/client/records/ExerciseSessionRecord
 */
export const HEALTH_CONNECT_EXERCISE_TYPES: Readonly<Record<string, string>> = {
  '0': 'other_workout',
  '2': 'badminton',
  '4': 'baseball',
  '5': 'basketball',
  '8': 'biking',
  '9': 'biking_stationary',
  '10': 'boot_camp',
  '11': 'boxing',
  '13': 'calisthenics',
  '14': 'cricket',
  '16': 'dancing',
  '25': 'elliptical',
  '26': 'exercise_class',
  '27': 'fencing',
  '28': 'football_american',
  '29': 'football_australian',
  '31': 'frisbee_disc',
  '32': 'golf',
  '33': 'guided_breathing',
  '34': 'gymnastics',
  '35': 'handball',
  '36': 'high_intensity_interval_training',
  '37': 'hiking',
  '38': 'ice_hockey',
  '39': 'ice_skating',
  '44': 'martial_arts',
  '46': 'paddling',
  '47': 'paragliding',
  '48': 'pilates',
  '50': 'racquetball',
  '51': 'rock_climbing',
  '52': 'roller_hockey',
  '53': 'rowing',
  '54': 'rowing_machine',
  '55': 'rugby',
  '56': 'running',
  '57': 'running_treadmill',
  '58': 'sailing',
  '59': 'scuba_diving',
  '60': 'skating',
  '61': 'skiing',
  '62': 'snowboarding',
  '63': 'snowshoeing',
  '64': 'soccer',
  '65': 'softball',
  '66': 'squash',
  '68': 'stair_climbing',
  '69': 'stair_climbing_machine',
  '70': 'strength_training',
  '71': 'stretching',
  '72': 'surfing',
  '73': 'swimming_open_water',
  '74': 'swimming_pool',
  '75': 'table_tennis',
  '76': 'tennis',
  '78': 'volleyball',
  '79': 'walking',
  '80': 'water_polo',
  '81': 'weightlifting',
  '82': 'wheelchair',
  '83': 'yoga',
};

/**
 * Health Connect exercise type name → canonical sport. Looked up by name after a numeric code
 * is turned into its name; unknown types give `other`.
 */
export const HEALTH_CONNECT_SPORT_TYPES: Readonly<Record<string, Sport>> = {
  other_workout: 'other',
  badminton: 'badminton',
  baseball: 'baseball',
  softball: 'baseball',
  basketball: 'basketball',
  biking: 'ride',
  biking_stationary: 'indoor_ride',
  boot_camp: 'hiit',
  boxing: 'boxing',
  calisthenics: 'strength_training',
  cricket: 'cricket',
  dancing: 'dance',
  elliptical: 'elliptical',
  exercise_class: 'cardio',
  fencing: 'martial_arts',
  football_american: 'football',
  football_australian: 'football',
  golf: 'golf',
  guided_breathing: 'breathwork',
  gymnastics: 'strength_training',
  high_intensity_interval_training: 'hiit',
  hiking: 'hike',
  ice_hockey: 'hockey',
  roller_hockey: 'hockey',
  ice_skating: 'ice_skate',
  skating: 'inline_skate',
  martial_arts: 'martial_arts',
  paddling: 'kayak',
  rock_climbing: 'climb',
  pilates: 'pilates',
  rowing: 'row',
  rowing_machine: 'indoor_row',
  rugby: 'rugby',
  running: 'run',
  running_treadmill: 'treadmill_run',
  sailing: 'sail',
  skiing: 'alpine_ski',
  snowboarding: 'snowboard',
  soccer: 'soccer',
  squash: 'squash',
  stair_climbing: 'stair_climber',
  stair_climbing_machine: 'stair_climber',
  strength_training: 'strength_training',
  weightlifting: 'strength_training',
  stretching: 'stretching',
  surfing: 'surf',
  swimming_open_water: 'open_water_swim',
  swimming_pool: 'swim',
  table_tennis: 'table_tennis',
  tennis: 'tennis',
  volleyball: 'volleyball',
  walking: 'walk',
  wheelchair: 'wheelchair',
  yoga: 'yoga',
};

/**
 * The Health Connect name of an exercise type, whether the exporter sent the code (`"56"`) or
 * the name (`"running"`, `"EXERCISE_TYPE_RUNNING"`): the name, lower case, or the text as sent
 * when the code is unknown.
 *
 * @param type - The exporter's `type` field.
 */
export function healthConnectExerciseTypeName(type: string | number): string {
  const text = String(type).trim();
  const byCode = HEALTH_CONNECT_EXERCISE_TYPES[text];
  if (byCode !== undefined) return byCode;
  return text.toLowerCase().replace(/^exercise_type_/, '');
}
