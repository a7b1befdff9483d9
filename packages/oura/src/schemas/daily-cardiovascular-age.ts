import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A day's cardiovascular age (`PublicDailyCardiovascularAge`), in years.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Daily-Cardiovascular-Age-Routes
 */
export const ouraDailyCardiovascularAgeSchema = z.looseObject({
  /** Document id (absent in some answers: the day identifies it). */
  id: z.nullish(z.string()),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** Estimated vascular age, years. */
  vascular_age: z.nullish(z.number()),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A day's cardiovascular age. */
export type OuraDailyCardiovascularAge = z.infer<typeof ouraDailyCardiovascularAgeSchema>;
