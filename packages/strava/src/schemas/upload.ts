import * as z from 'zod/mini';
import { stravaIdSchema } from './common.js';

/**
 * `Upload` from `POST /uploads` and `GET /uploads/{id}`: processing is asynchronous; poll until
 * `activity_id` is set or `error` is.
 *
 * @see https://developers.strava.com/docs/uploads/
 */
export const stravaUploadSchema = z.looseObject({
  /** Upload id (int64). */
  id: stravaIdSchema,
  /** Upload id as a string. */
  id_str: z.nullish(z.string()),
  /** The external id given with the file. */
  external_id: z.nullish(z.string()),
  /** Why processing failed (duplicates, bad files), or `null`. */
  error: z.nullish(z.string()),
  /** Human-readable status: `Your activity is still being processed.` … */
  status: z.nullish(z.string()),
  /** The created activity, once processed. */
  activity_id: z.nullish(stravaIdSchema),
});

/** `Upload`. */
export type StravaUpload = z.infer<typeof stravaUploadSchema>;
