import * as z from 'zod/mini';
import {
  googleHealthCivilDateTimeSchema,
  googleHealthInt64Schema,
  googleHealthTimestampSchema,
} from './fields.js';

// Roll-up values. A window is returned only when there is data; inside a returned window an
// absent sum of a true-zero type (steps, distance, total calories) is a zero.
const rollupValues = {
  /** `steps`: `countSum` (int64). */
  steps: z.optional(
    z.looseObject({
      /** Steps in the window (int64; absent is a true zero). */
      countSum: z.optional(googleHealthInt64Schema),
    }),
  ),
  /** `distance`: `millimetersSum` (int64). */
  distance: z.optional(
    z.looseObject({
      /** Millimetres in the window (int64; absent is a true zero). */
      millimetersSum: z.optional(googleHealthInt64Schema),
    }),
  ),
  /** `total-calories`: `kcalSum`. */
  totalCalories: z.optional(
    z.looseObject({
      /** Kilocalories in the window (absent is a true zero). */
      kcalSum: z.optional(z.number()),
    }),
  ),
  /** `heart-rate`: average, min and max bpm. */
  heartRate: z.optional(
    z.looseObject({
      /** Average, bpm. */
      beatsPerMinuteAvg: z.optional(z.number()),
      /** Lowest, bpm. */
      beatsPerMinuteMin: z.optional(z.number()),
      /** Highest, bpm. */
      beatsPerMinuteMax: z.optional(z.number()),
    }),
  ),
  /** `active-zone-minutes`: sums per zone (int64). */
  activeZoneMinutes: z.optional(
    z.looseObject({
      /** Fat burn zone (int64). */
      sumInFatBurnHeartZone: z.optional(googleHealthInt64Schema),
      /** Cardio zone (int64). */
      sumInCardioHeartZone: z.optional(googleHealthInt64Schema),
      /** Peak zone (int64). */
      sumInPeakHeartZone: z.optional(googleHealthInt64Schema),
    }),
  ),
  /** `weight`: average grams. */
  weight: z.optional(
    z.looseObject({
      /** Average grams. */
      weightGramsAvg: z.optional(z.number()),
    }),
  ),
};

/** One physical-time roll-up window (`:rollUp`). */
export const googleHealthRollupDataPointSchema = z.looseObject({
  /** Window start. */
  startTime: googleHealthTimestampSchema,
  /** Window end. */
  endTime: googleHealthTimestampSchema,
  ...rollupValues,
});

/** One physical-time roll-up window. */
export type GoogleHealthRollupDataPoint = z.infer<typeof googleHealthRollupDataPointSchema>;

/** The answer of `:rollUp`. */
export const googleHealthRollUpResponseSchema = z.looseObject({
  /** The windows with data. */
  rollupDataPoints: z._default(z.array(googleHealthRollupDataPointSchema), []),
  /** The next page's token. */
  nextPageToken: z.optional(z.string()),
});

/** The answer of `:rollUp`. */
export type GoogleHealthRollUpResponse = z.infer<typeof googleHealthRollUpResponseSchema>;

/** One civil-day roll-up window (`:dailyRollUp`). */
export const googleHealthDailyRollupDataPointSchema = z.looseObject({
  /** Window start (the user's midnight). */
  civilStartTime: googleHealthCivilDateTimeSchema,
  /** Window end. */
  civilEndTime: z.optional(googleHealthCivilDateTimeSchema),
  ...rollupValues,
});

/** One civil-day roll-up window. */
export type GoogleHealthDailyRollupDataPoint = z.infer<
  typeof googleHealthDailyRollupDataPointSchema
>;

/** The answer of `:dailyRollUp`. */
export const googleHealthDailyRollUpResponseSchema = z.looseObject({
  /** The days with data. */
  rollupDataPoints: z._default(z.array(googleHealthDailyRollupDataPointSchema), []),
});

/** The answer of `:dailyRollUp`. */
export type GoogleHealthDailyRollUpResponse = z.infer<typeof googleHealthDailyRollUpResponseSchema>;
