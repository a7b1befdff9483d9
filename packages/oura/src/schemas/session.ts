import * as z from 'zod/mini';
import { ouraMetaSchema, ouraSampleSchema } from './sample.js';

/**
 * A session in the Oura app (`PublicSession`): meditation, breathing, nap, relaxation, rest or
 * body status, with heart rate and HRV samples.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Session-Routes
 */
export const ouraSessionSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** Start, ISO 8601 with the user's offset. */
  start_datetime: z.string(),
  /** End, ISO 8601 with the user's offset. */
  end_datetime: z.string(),
  /** `breathing`, `meditation`, `nap`, `relaxation`, `rest` or `body_status`. */
  type: z.string(),
  /** Mood after the session. */
  mood: z.nullish(z.string()),
  /** Heart rate samples. */
  heart_rate: z.nullish(ouraSampleSchema),
  /** HRV samples. */
  heart_rate_variability: z.nullish(ouraSampleSchema),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A session in the Oura app. */
export type OuraSession = z.infer<typeof ouraSessionSchema>;
