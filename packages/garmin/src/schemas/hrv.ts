import * as z from 'zod/mini';
import { garminSummaryFields } from './fields.js';

/** An `hrv` summary: the night's average RMSSD and 5-minute values, milliseconds. */
export const garminHrvSchema = z.looseObject({
  ...garminSummaryFields,
  /** The day, `YYYY-MM-DD`. */
  calendarDate: z.string(),
  /** Average RMSSD over the night, ms. */
  lastNightAvg: z.nullish(z.number()),
  /** Highest 5-minute RMSSD of the night, ms. */
  lastNight5MinHigh: z.nullish(z.number()),
  /** RMSSD every 5 minutes, by seconds from the start, ms. */
  hrvValues: z.nullish(z.record(z.string(), z.number())),
});

/** An `hrv` summary. */
export type GarminHrv = z.output<typeof garminHrvSchema>;
