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
  steps: z.optional(z.looseObject({ countSum: z.optional(googleHealthInt64Schema) })),
  /** `distance`: `millimetersSum` (int64). */
  distance: z.optional(z.looseObject({ millimetersSum: z.optional(googleHealthInt64Schema) })),
  /** `total-calories`: `kcalSum`. */
  totalCalories: z.optional(z.looseObject({ kcalSum: z.optional(z.number()) })),
  /** `heart-rate`: average, min and max bpm. */
  heartRate: z.optional(
    z.looseObject({
      beatsPerMinuteAvg: z.optional(z.number()),
      beatsPerMinuteMin: z.optional(z.number()),
      beatsPerMinuteMax: z.optional(z.number()),
    }),
  ),
  /** `active-zone-minutes`: sums per zone (int64). */
  activeZoneMinutes: z.optional(
    z.looseObject({
      sumInFatBurnHeartZone: z.optional(googleHealthInt64Schema),
      sumInCardioHeartZone: z.optional(googleHealthInt64Schema),
      sumInPeakHeartZone: z.optional(googleHealthInt64Schema),
    }),
  ),
  /** `weight`: average grams. */
  weight: z.optional(z.looseObject({ weightGramsAvg: z.optional(z.number()) })),
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
