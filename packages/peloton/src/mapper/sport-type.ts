import type { Sport } from '@fitlink/core';

/**
 * Peloton `fitness_discipline` → core sport. Keys prefixed `outdoor_` apply to workouts recorded
 * outdoors (`is_outdoor`, or a GPS track).
 *
 * `caesar` is the Peloton Row, an indoor rowing machine: `indoor_row`, not `row` (which is
 * rowing on water in the core taxonomy, as Strava's `Rowing` vs `VirtualRow`).
 */
export const PELOTON_SPORT_TYPES: Readonly<Record<string, Sport>> = {
  cycling: 'indoor_ride',
  outdoor_cycling: 'ride',
  running: 'treadmill_run',
  outdoor_running: 'run',
  walking: 'walk',
  outdoor_walking: 'walk',
  hiking: 'hike',
  outdoor_hiking: 'hike',
  caesar: 'indoor_row',
  rowing: 'indoor_row',
  strength: 'strength_training',
  yoga: 'yoga',
  meditation: 'meditation',
  stretching: 'stretching',
  cardio: 'cardio',
  circuit: 'hiit',
  bike_bootcamp: 'hiit',
  caesar_bootcamp: 'hiit',
  bootcamp: 'hiit',
  pilates: 'pilates',
  barre: 'pilates',
  boxing: 'boxing',
};
