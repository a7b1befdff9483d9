import * as z from 'zod/mini';
import { ouraMetaSchema } from './sample.js';

/**
 * A night's blood oxygen (`PublicDailySpO2`): the average saturation, percent.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Daily-Spo2-Routes
 */
export const ouraDailySpo2Schema = z.looseObject({
  /** Document id. */
  id: z.string(),
  /** The user's local day, `YYYY-MM-DD`. */
  day: z.string(),
  /** Average saturation during sleep, percent. */
  spo2_percentage: z.nullish(
    z.looseObject({
      /** Average saturation, percent. */
      average: z.nullish(z.number()),
    }),
  ),
  /** Breathing disturbance index. */
  breathing_disturbance_index: z.nullish(z.number()),
  /** Metadata (doc build 1.29 and later). */
  meta: z.nullish(ouraMetaSchema),
});

/** A night's blood oxygen. */
export type OuraDailySpo2 = z.infer<typeof ouraDailySpo2Schema>;
