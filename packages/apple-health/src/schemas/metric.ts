import * as z from 'zod/mini';
import { appleHealthDateSchema } from './quantity.js';

/**
 * One metric of an export: every sample of one metric name (`step_count`, `heart_rate`,
 * `sleep_analysis` …), with the unit they are in. Samples stay loose here: each metric name has
 * its own sample shape (see the sample schemas), and a name fitlink does not know is accepted.
 *
 * @see https://github.com/Lybron/health-auto-export/wiki/API-Export---JSON-Format
 */
export const appleHealthMetricSchema = z.looseObject({
  /** snake_case metric name, such as `step_count`. */
  name: z.string(),
  /** Unit of every sample (`count`, `km`, `kcal`, `bpm`, `hr` …); absent on sleep stage rows. */
  units: z.nullish(z.string()),
  /** The samples. */
  data: z.array(z.looseObject({})),
});

/** One metric of an export. */
export type AppleHealthMetric = z.output<typeof appleHealthMetricSchema>;

/** A plain quantity sample: `{ date, qty, source? }` (steps, energy, resting HR, HRV, weight …). */
export const appleHealthQuantitySampleSchema = z.looseObject({
  /** When, `yyyy-MM-dd HH:mm:ss Z` with the offset the phone had then. */
  date: appleHealthDateSchema,
  /** The value, in the metric's unit. */
  qty: z.number(),
  /** The app or device that recorded it. */
  source: z.nullish(z.string()),
});

/** A plain quantity sample. */
export type AppleHealthQuantitySample = z.output<typeof appleHealthQuantitySampleSchema>;

/** A heart-rate sample, `{ date, Min, Avg, Max }` with capitalised keys (`heart_rate`). */
export const appleHealthHeartRateSampleSchema = z.looseObject({
  /** When, `yyyy-MM-dd HH:mm:ss Z` with the offset the phone had then. */
  date: appleHealthDateSchema,
  /** Lowest value, bpm. */
  Min: z.nullish(z.number()),
  /** Average value, bpm. */
  Avg: z.nullish(z.number()),
  /** Highest value, bpm. */
  Max: z.nullish(z.number()),
  /** The app or device that recorded it. */
  source: z.nullish(z.string()),
});

/** A heart-rate sample. */
export type AppleHealthHeartRateSample = z.output<typeof appleHealthHeartRateSampleSchema>;

/** A blood-pressure sample, `{ date, systolic, diastolic }` (passed through, not mapped). */
export const appleHealthBloodPressureSampleSchema = z.looseObject({
  /** When, `yyyy-MM-dd HH:mm:ss Z` with the offset the phone had then. */
  date: appleHealthDateSchema,
  /** Systolic pressure, mmHg. */
  systolic: z.number(),
  /** Diastolic pressure, mmHg. */
  diastolic: z.number(),
  /** The app or device that recorded it. */
  source: z.nullish(z.string()),
});

/** A blood-pressure sample. */
export type AppleHealthBloodPressureSample = z.output<typeof appleHealthBloodPressureSampleSchema>;
