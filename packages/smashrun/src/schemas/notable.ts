import * as z from 'zod/mini';

/**
 * One notable of a run (`GET /my/activities/{id}/notables`): how it compares with the runs before
 * it ("fastest 5 km in 3 months"). Loose: only the description is read.
 */
export const smashrunNotableSchema = z.looseObject({
  /** Human-readable text. */
  description: z.nullish(z.string()),
  /** Ranking order among the run's notables. */
  order: z.nullish(z.number()),
});

/** One notable of a run. */
export type SmashrunNotable = z.infer<typeof smashrunNotableSchema>;

/** Every notable of a run. */
export const smashrunNotableListSchema = z.array(smashrunNotableSchema);
