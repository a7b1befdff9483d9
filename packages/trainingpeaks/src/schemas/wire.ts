import * as z from 'zod/mini';

/** A TrainingPeaks numeric id (workouts are `long`, athletes `int`); some examples send it as a string. */
export const idSchema = z.union([z.number(), z.string()]);
