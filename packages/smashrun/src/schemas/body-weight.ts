import * as z from 'zod/mini';

/** One body weight recording (`GET /my/body/weight`, `/latest`). */
export const smashrunBodyWeightSchema = z.looseObject({
  /** The day of the recording, `YYYY-MM-DD` (or a date-time). */
  date: z.string(),
  /** Weight, kilograms. */
  weightInKilograms: z.number(),
});

/** One body weight recording. */
export type SmashrunBodyWeight = z.infer<typeof smashrunBodyWeightSchema>;

/** Every body weight recording. */
export const smashrunBodyWeightListSchema = z.array(smashrunBodyWeightSchema);
