import type { Sport } from '@fitlink/core';

/**
 * SmashRun `activityType` → canonical sport. SmashRun is running-only; treadmill runs are the
 * same type with `isTreadmill: 1` (see `mapSmashrunActivity`). Unknown types give `other`.
 */
export const SMASHRUN_SPORT_TYPES: Readonly<Record<string, Sport>> = {
  running: 'run',
  run: 'run',
  treadmill: 'treadmill_run',
  trail: 'trail_run',
};
