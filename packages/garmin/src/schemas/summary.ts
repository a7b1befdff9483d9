import * as z from 'zod/mini';

/**
 * Any other summary (`epochs`, `stressDetails`, `userMetrics`, `pulseox`, `allDayRespiration`,
 * `healthSnapshot`, `bloodPressures`, `skinTemp`, `moveIQActivities`): loose, with the fields
 * the upsert key reads. fitlink has no normalized record for them; they are handed over typed
 * as received.
 */
export const garminSummarySchema = z.looseObject({
  /** The stable Garmin user id. */
  userId: z.optional(z.string()),
  /** Garmin's id of the summary. */
  summaryId: z.nullish(z.string()),
  /** The day, `YYYY-MM-DD`, where the type has one. */
  calendarDate: z.nullish(z.string()),
  /** Start, epoch seconds UTC, where the type has one. */
  startTimeInSeconds: z.nullish(z.number()),
  /** The device clock's offset, seconds. */
  startTimeOffsetInSeconds: z.nullish(z.number()),
  /** Length, seconds. */
  durationInSeconds: z.nullish(z.number()),
  /** Measurement time (blood pressure, user metrics …), epoch seconds. */
  measurementTimeInSeconds: z.nullish(z.number()),
});

/** Any other summary. */
export type GarminSummary = z.output<typeof garminSummarySchema>;
