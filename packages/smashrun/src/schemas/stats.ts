import * as z from 'zod/mini';
import { optionalNumber, optionalString } from './fields.js';

/**
 * Running statistics (`GET /my/stats[/{year}[/{month}]]`): lifetime, one year or one month.
 * Distances in kilometres; `averagePace` is text such as `"5:12"` (minutes per km).
 */
export const smashrunStatsSchema = z.looseObject({
  /** Total distance, km. */
  totalDistance: optionalNumber,
  /** Number of runs. */
  runCount: optionalNumber,
  /** Average run length, km. */
  averageRunLength: optionalNumber,
  /** Average pace, `m:ss` per km. */
  averagePace: optionalString,
  /** Days with a morning run. */
  daysRunAM: optionalNumber,
  /** Days with an afternoon or evening run. */
  daysRunPM: optionalNumber,
  /** Longest run, km. */
  longestRun: optionalNumber,
});

/** Running statistics. */
export type SmashrunStats = z.infer<typeof smashrunStatsSchema>;
