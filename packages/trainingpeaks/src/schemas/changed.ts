import * as z from 'zod/mini';
import { idSchema } from './wire.js';
import { trainingpeaksWorkoutSchema } from './workout.js';

/**
 * One page of `GET /v2/workouts/changed`: ids deleted and workouts modified since `date`.
 * The third-party OpenAPI models the answer as a bare list of workouts; that form is read
 * as `Modified` only.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Workouts-Get-Changed
 */
export const trainingpeaksChangedSchema = z.union([
  z.looseObject({
    /** Ids of deleted workouts. */
    Deleted: z.nullish(z.array(idSchema)),
    /** Workouts created or modified. */
    Modified: z.nullish(z.array(trainingpeaksWorkoutSchema)),
  }),
  z.array(trainingpeaksWorkoutSchema),
]);

/** One page of the changed feed, as sent. */
export type TrainingPeaksChangedPage = z.infer<typeof trainingpeaksChangedSchema>;
