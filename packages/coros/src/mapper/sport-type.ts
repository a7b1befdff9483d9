import type { Sport } from '@fitlink/core';

/**
 * COROS sport modes to fitlink sports, keyed `mode<mode>sub<subMode>` for a sub-mode that
 * differs from its mode and `mode<mode>` for the whole mode. COROS' table is in the partner
 * reference, which is private: these codes come from integrators' notes and are **unconfirmed**
 * beyond run (8), bike (9), swim (10) and multisport (13). Unknown modes map to `other`, with
 * the code kept in `providerSport` (`"8:1"`).
 */
export const COROS_SPORT_TYPES: Readonly<Record<string, Sport>> = {
  mode8: 'run',
  mode8sub2: 'treadmill_run',
  mode8sub3: 'trail_run',
  mode9: 'ride',
  mode9sub2: 'indoor_ride',
  mode10: 'swim',
  mode10sub2: 'open_water_swim',
  mode13: 'triathlon',
  mode13sub2: 'multisport',
  mode14: 'hike',
  mode15: 'trail_run',
  mode16: 'hike',
  mode18: 'cardio',
  mode19: 'nordic_ski',
  mode20: 'run',
  mode21: 'backcountry_ski',
  mode22: 'alpine_ski',
  mode22sub2: 'snowboard',
  mode23: 'strength_training',
  mode24: 'row',
  mode24sub2: 'indoor_row',
  mode31: 'walk',
};

/** The `mode` of a multisport activity, whose legs are in `triathlonItemList`. */
export const COROS_MULTISPORT_MODE = 13;
