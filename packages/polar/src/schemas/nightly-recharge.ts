import * as z from 'zod/mini';
import { polarDateSchema } from './duration.js';

/**
 * A Nightly Recharge result (`GET /v4/data/nightly-recharge-results`, ≤ 28 days per request):
 * autonomic nervous system (ANS) charge and overnight heart rate, HRV and breathing.
 *
 * @see https://www.polar.com/polar-api-v4/
 */
export const polarNightlyRechargeSchema = z.looseObject({
  /** The morning's date, local. */
  date: polarDateSchema,
  /** Nightly Recharge status, 1 (very poor) … 6 (very good). */
  nightlyRechargeStatus: z.nullish(z.number()),
  /** ANS charge, −10.0 … +10.0. */
  ansCharge: z.nullish(z.number()),
  /** ANS charge status, 1 … 5. */
  ansChargeStatus: z.nullish(z.number()),
  /** Average heart rate over the first four hours of sleep, bpm. */
  heartRateAvg: z.nullish(z.number()),
  /** Average beat-to-beat interval, ms. */
  beatToBeatAvg: z.nullish(z.number()),
  /** Average heart rate variability (RMSSD), ms. */
  heartRateVariabilityAvg: z.nullish(z.number()),
  /** Average breathing rate, breaths per minute. */
  breathingRateAvg: z.nullish(z.number()),
});

/** A Nightly Recharge result. */
export type PolarNightlyRecharge = z.infer<typeof polarNightlyRechargeSchema>;

/** The answer of `GET /v4/data/nightly-recharge-results`. */
export const polarNightlyRechargeListSchema = z.looseObject({
  /** The results of the range. */
  nightlyRechargeResults: z._default(z.array(polarNightlyRechargeSchema), []),
});

/** The Nightly Recharge answer. */
export type PolarNightlyRechargeList = z.infer<typeof polarNightlyRechargeListSchema>;
