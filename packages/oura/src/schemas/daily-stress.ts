import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A day's stress (`PublicDailyStress`): seconds of high stress and of high recovery, and a
 * summary (`restored`, `normal`, `stressful`).
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Daily-Stress-Routes
 */
export const ouraDailyStressSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** Time in high stress, seconds. */
  stress_high: z.nullish(z.number()),
  /** Time in high recovery, seconds. */
  recovery_high: z.nullish(z.number()),
  /** `restored`, `normal` or `stressful`. */
  day_summary: z.nullish(z.string()),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A day's stress. */
export type OuraDailyStress = z.infer<typeof ouraDailyStressSchema>;
