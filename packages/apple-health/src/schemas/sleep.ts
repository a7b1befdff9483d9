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
  /** When sleep started, `yyyy-MM-dd HH:mm:ss Z`. */
  sleepStart: appleHealthDateSchema,
  /** When sleep ended. */
  sleepEnd: appleHealthDateSchema,
  /** When the user went to bed (missing in app 8.2.12). */
  inBedStart: z.nullish(appleHealthDateSchema),
  /** When the user got up. */
  inBedEnd: z.nullish(appleHealthDateSchema),
  /** Time asleep, in the metric's unit (hours). */
  totalSleep: z.nullish(z.number()),
  /** "Asleep" without a stage (older watches); with stages it repeats the total. */
  asleep: z.nullish(z.number()),
  /** Core (light) sleep, hours. */
  core: z.nullish(z.number()),
  /** Deep sleep, hours. */
  deep: z.nullish(z.number()),
  /** REM sleep, hours. */
  rem: z.nullish(z.number()),
  /** Time awake, hours. */
  awake: z.nullish(z.number()),
  /** Time in bed, hours. */
  inBed: z.nullish(z.number()),
  /** The app or device that recorded it. */
  source: z.nullish(z.string()),
  /** The device that tracked the sleep. */
  sleepSource: z.nullish(z.string()),
});

/** One night of `sleep_analysis`, aggregated. */
export type AppleHealthSleepNight = z.output<typeof appleHealthSleepNightSchema>;

/**
 * One stage row of `sleep_analysis` in the un-aggregated form: a stage (`Core`, `Deep`, `REM`,
 * `Awake`, `Asleep`, `In Bed`) from `startDate` to `endDate`, `qty` its length in hours.
 */
export const appleHealthSleepStageSchema = z.looseObject({
  /** Start of the stage, `yyyy-MM-dd HH:mm:ss Z`. */
  startDate: appleHealthDateSchema,
  /** End of the stage. */
  endDate: appleHealthDateSchema,
  /** The stage: `Core`, `Deep`, `REM`, `Awake`, `Asleep` or `In Bed`. */
  value: z.string(),
  /** The stage's length, hours. */
  qty: z.nullish(z.number()),
  /** The app or device that recorded it. */
  source: z.nullish(z.string()),
});

/** One stage row of `sleep_analysis`. */
export type AppleHealthSleepStage = z.output<typeof appleHealthSleepStageSchema>;
