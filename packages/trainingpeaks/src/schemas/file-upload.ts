import * as z from 'zod/mini';
import { idSchema, nullish } from './wire.js';

/**
 * The JSON body of `POST /v3/file` (asynchronous upload; the synchronous one is deprecated
 * since 6/2023). `Data` is the base64 file (gzip allowed).
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Uploaded-Workout-File-Data
 */
export const trainingpeaksFileUploadSchema = z.looseObject({
  /** Name of the uploading app. */
  UploadClient: z.string(),
  /** File name ending in `.fit`, `.tcx` or `.pwx` (optionally `.gz`). */
  Filename: z.string(),
  /** Base64 file contents. */
  Data: z.string(),
  /** Athlete, for coaches. */
  AthleteId: nullish(idSchema),
  /** Local day to file the workout on. */
  WorkoutDay: nullish(z.string()),
  /** Local start. */
  StartTime: nullish(z.string()),
  /** Title. */
  Title: nullish(z.string()),
  /** Comment. */
  Comment: nullish(z.string()),
  /** Workout type. */
  Type: nullish(z.string()),
  /** Planned workout to attach the file to. */
  WorkoutId: nullish(idSchema),
  /** Make the workout public. */
  SetWorkoutPublic: nullish(z.boolean()),
});

/** The body of an activity file upload. */
export type TrainingPeaksFileUpload = z.infer<typeof trainingpeaksFileUploadSchema>;
