import * as z from 'zod/mini';
import { polarDateSchema } from './duration.js';

/** One heart-rate sample of a day: local wall time `HH:MM:SS` and bpm. */
export const polarHeartRateSampleSchema = z.looseObject({
  /** Local time of day. */
  time: z.string(),
  /** Heart rate, bpm. */
  heartRate: z.number(),
});

/**
 * A day of continuous samples (`GET /v4/data/continuous-samples`): 24/7 heart rate.
 *
 * @see https://www.polar.com/polar-api-v4/
 */
export const polarContinuousSamplesSchema = z.looseObject({
  /** The local date. */
  date: polarDateSchema,
  /** Heart-rate samples, in time order. */
  heartRateSamples: z._default(z.array(polarHeartRateSampleSchema), []),
});

/** A day of continuous samples. */
export type PolarContinuousSamples = z.infer<typeof polarContinuousSamplesSchema>;

/** The answer of `GET /v4/data/continuous-samples`. */
export const polarContinuousSamplesListSchema = z.looseObject({
  /** The days of the range. */
  continuousSamples: z._default(z.array(polarContinuousSamplesSchema), []),
});

/** The continuous samples answer. */
export type PolarContinuousSamplesList = z.infer<typeof polarContinuousSamplesListSchema>;
