import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A day's readiness (`PublicDailyReadiness`): score, contributors and skin temperature deviation.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Daily-Readiness-Routes
 */
export const ouraDailyReadinessSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** When the readiness was computed, ISO 8601 with the user's offset. */
  timestamp: z.nullish(z.string()),
  /** Readiness score, 1–100. */
  score: z.nullish(z.number()),
  /** Skin temperature deviation from the baseline, °C. */
  temperature_deviation: z.nullish(z.number()),
  /** Skin temperature trend deviation, °C. */
  temperature_trend_deviation: z.nullish(z.number()),
  /** Readiness contributors, each 1–100. */
  contributors: z.nullish(z.record(z.string(), z.nullish(z.number()))),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A day's readiness. */
export type OuraDailyReadiness = z.infer<typeof ouraDailyReadinessSchema>;
