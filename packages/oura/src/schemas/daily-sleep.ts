import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A day's sleep score (`PublicDailySleep`) with its contributors.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Daily-Sleep-Routes
 */
export const ouraDailySleepSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** When the score was computed, ISO 8601 with the user's offset. */
  timestamp: z.nullish(z.string()),
  /** Sleep score, 1–100. */
  score: z.nullish(z.number()),
  /** Sleep score contributors, each 1–100. */
  contributors: z.nullish(z.record(z.string(), z.nullish(z.number()))),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A day's sleep score. */
export type OuraDailySleep = z.infer<typeof ouraDailySleepSchema>;
