import * as z from 'zod/mini';

/**
 * A day's long-term resilience (`DailyResilienceModel`): a level (`limited`, `adequate`, `solid`,
 * `strong`, `exceptional`) and its contributors.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Daily-Resilience-Routes
 */
export const ouraDailyResilienceSchema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** Resilience level. */
  level: z.string(),
  /** Contributors (`sleep_recovery`, `daytime_recovery`, `stress`), 0–100. */
  contributors: z.nullish(z.record(z.string(), z.nullish(z.number()))),
});

/** A day's long-term resilience. */
export type OuraDailyResilience = z.infer<typeof ouraDailyResilienceSchema>;
