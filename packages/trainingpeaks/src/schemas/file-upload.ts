import * as z from 'zod/mini';
import { idSchema } from './wire.js';

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
  AthleteId: z.nullish(idSchema),
  /** Local day to file the workout on. */
  WorkoutDay: z.nullish(z.string()),
  /** Local start. */
  StartTime: z.nullish(z.string()),
  /** Title. */
  Title: z.nullish(z.string()),
  /** Comment. */
  Comment: z.nullish(z.string()),
  /** Workout type. */
  Type: z.nullish(z.string()),
  /** Planned workout to attach the file to. */
  WorkoutId: z.nullish(idSchema),
  /** Make the workout public. */
  SetWorkoutPublic: z.nullish(z.boolean()),
});

/** The body of an activity file upload. */
export type TrainingPeaksFileUpload = z.infer<typeof trainingpeaksFileUploadSchema>;
