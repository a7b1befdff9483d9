import * as z from 'zod/mini';
import { appleHealthDateSchema } from './quantity.js';

/**
 * One night of `sleep_analysis` in the aggregated form: stage totals in the metric's unit
 * (hours, `hr`) with the sleep and in-bed windows. `inBedStart`/`inBedEnd` were missing in app
 * 8.2.12 and came back in 8.2.14, so they are optional.
 *
 * @see https://github.com/Lybron/health-auto-export/wiki/API-Export---JSON-Format
 */
export const appleHealthSleepNightSchema = z.looseObject({
  /** The night's date, `yyyy-MM-dd` (sometimes a full date-time). */
  date: z.nullish(z.string()),
  sleepStart: appleHealthDateSchema,
  sleepEnd: appleHealthDateSchema,
  inBedStart: z.nullish(appleHealthDateSchema),
  inBedEnd: z.nullish(appleHealthDateSchema),
  totalSleep: z.nullish(z.number()),
  /** "Asleep" without a stage (older watches); with stages it repeats the total. */
  asleep: z.nullish(z.number()),
  core: z.nullish(z.number()),
  deep: z.nullish(z.number()),
  rem: z.nullish(z.number()),
  awake: z.nullish(z.number()),
  inBed: z.nullish(z.number()),
  source: z.nullish(z.string()),
  sleepSource: z.nullish(z.string()),
});

/** One night of `sleep_analysis`, aggregated. */
export type AppleHealthSleepNight = z.output<typeof appleHealthSleepNightSchema>;

/**
 * One stage row of `sleep_analysis` in the un-aggregated form: a stage (`Core`, `Deep`, `REM`,
 * `Awake`, `Asleep`, `In Bed`) from `startDate` to `endDate`, `qty` its length in hours.
 */
export const appleHealthSleepStageSchema = z.looseObject({
  startDate: appleHealthDateSchema,
  endDate: appleHealthDateSchema,
  value: z.string(),
  qty: z.nullish(z.number()),
  source: z.nullish(z.string()),
});

/** One stage row of `sleep_analysis`. */
export type AppleHealthSleepStage = z.output<typeof appleHealthSleepStageSchema>;
