import * as z from 'zod/mini';

/**
 * One split (`GET /my/activities/{id}/splits/{km|mi}`): the run over one kilometre or mile.
 * SmashRun publishes no field list for splits; the fields below are the ones fitlink reads and
 * every one is optional, so an unexpected shape still parses.
 */
export const smashrunSplitSchema = z.looseObject({
  /** Distance from the start at the end of the split, in the unit asked for (km or mi). */
  cumulativeDistance: z.nullish(z.number()),
  /** Seconds from the start at the end of the split. */
  cumulativeSeconds: z.nullish(z.number()),
  /** Average speed over the split, in km/h or mph. */
  speed: z.nullish(z.number()),
  /** Average heart rate over the split, bpm. */
  heartRate: z.nullish(z.number()),
  /** Climb over the split, metres. */
  elevationGain: z.nullish(z.number()),
});

/** One split. */
export type SmashrunSplit = z.infer<typeof smashrunSplitSchema>;

/** Every split of a run. */
export const smashrunSplitListSchema = z.array(smashrunSplitSchema);
