import * as z from 'zod/mini';

/**
 * Running statistics (`GET /my/stats[/{year}[/{month}]]`): lifetime, one year or one month.
 * Distances in kilometres; `averagePace` is text such as `"5:12"` (minutes per km).
 */
export const smashrunStatsSchema = z.looseObject({
  /** Total distance, km. */
  totalDistance: z.nullish(z.number()),
  /** Number of runs. */
  runCount: z.nullish(z.number()),
  /** Average run length, km. */
  averageRunLength: z.nullish(z.number()),
  /** Average pace, `m:ss` per km. */
  averagePace: z.nullish(z.string()),
  /** Days with a morning run. */
  daysRunAM: z.nullish(z.number()),
  /** Days with an afternoon or evening run. */
  daysRunPM: z.nullish(z.number()),
  /** Longest run, km. */
  longestRun: z.nullish(z.number()),
});

/** Running statistics. */
export type SmashrunStats = z.infer<typeof smashrunStatsSchema>;
