import * as z from 'zod/mini';

/** A `bodyComps` summary: one weighing, masses in grams. */
export const garminBodyCompositionSchema = z.looseObject({
  /** The stable Garmin user id. */
  userId: z.optional(z.string()),
  /** Garmin's id of the summary. */
  summaryId: z.string(),
  /** When measured, epoch seconds UTC. */
  measurementTimeInSeconds: z.number(),
  /** The device clock's offset at that time, seconds (not a time zone). */
  measurementTimeOffsetInSeconds: z.nullish(z.number()),
  /** Weight, grams. */
  weightInGrams: z.nullish(z.number()),
  /** Body mass index. */
  bodyMassIndex: z.nullish(z.number()),
  /** Body fat, percent. */
  bodyFatInPercent: z.nullish(z.number()),
  /** Body water, percent. */
  bodyWaterInPercent: z.nullish(z.number()),
  /** Muscle mass, grams. */
  muscleMassInGrams: z.nullish(z.number()),
  /** Bone mass, grams. */
  boneMassInGrams: z.nullish(z.number()),
});

/** A `bodyComps` summary. */
export type GarminBodyComposition = z.output<typeof garminBodyCompositionSchema>;
