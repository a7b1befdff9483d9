import * as z from 'zod/mini';
import { optionalNumber } from './fields.js';

/**
 * One split (`GET /my/activities/{id}/splits/{km|mi}`): the run over one kilometre or mile.
 * SmashRun publishes no field list for splits; the fields below are the ones fitlink reads and
 * every one is optional, so an unexpected shape still parses.
 */
export const smashrunSplitSchema = z.looseObject({
  /** Distance from the start at the end of the split, in the unit asked for (km or mi). */
  cumulativeDistance: optionalNumber,
  /** Seconds from the start at the end of the split. */
  cumulativeSeconds: optionalNumber,
  /** Average speed over the split, in km/h or mph. */
  speed: optionalNumber,
  /** Average heart rate over the split, bpm. */
  heartRate: optionalNumber,
  /** Climb over the split, metres. */
  elevationGain: optionalNumber,
});

/** One split. */
export type SmashrunSplit = z.infer<typeof smashrunSplitSchema>;

/** Every split of a run. */
export const smashrunSplitListSchema = z.array(smashrunSplitSchema);
