import * as z from 'zod/mini';

/** One HRV measurement of the night. */
export const corosHrvPointSchema = z.looseObject({
  /** When, epoch seconds. */
  timestamp: z.number(),
  /** HRV in milliseconds. */
  hrv: z.nullish(z.number()),
});

/** One HRV measurement of the night. */
export type CorosHrvPoint = z.output<typeof corosHrvPointSchema>;

/**
 * One day of COROS daily data (`GET /coros/daily/query`, `data.dailyList[]`): the day, the
 * night's sleep window (no stages), resting heart rate, overnight HRV, steps and energy.
 */
export const corosDailySchema = z.looseObject({
  /** The day, `YYYYMMDD` (a string or a number). */
  happenDay: z.union([z.string(), z.number()]),
  /** Sleep start: epoch seconds or ms, or local `YYYY-MM-DD HH:mm[:ss]` (with an offset or not). */
  sleepStartTime: z.nullish(z.union([z.string(), z.number()])),
  /** Sleep end, in the same forms. */
  sleepEndTime: z.nullish(z.union([z.string(), z.number()])),
  /** Offset at sleep start, 15-minute units. */
  startTimezone: z.nullish(z.number()),
  /** Offset at sleep end, 15-minute units. */
  endTimezone: z.nullish(z.number()),
  /** Resting heart rate, bpm. */
  rhr: z.nullish(z.number()),
  /** Overnight HRV (optical), ms. */
  ppgHrv: z.nullish(z.number()),
  /** Average heart rate asleep, bpm. */
  sleepAvgHr: z.nullish(z.number()),
  /** Steps of the day. */
  step: z.nullish(z.number()),
  /** Energy of the day, kilocalories (see the mapper's `calorieUnit`). */
  calorie: z.nullish(z.number()),
  /** HRV measurements of the night. */
  hrvList: z.nullish(z.array(corosHrvPointSchema)),
});

/** One day of COROS daily data. */
export type CorosDaily = z.output<typeof corosDailySchema>;

/** The payload of `GET /coros/daily/query`. */
export const corosDailyListSchema = z.looseObject({
  /** One entry per day of the range. */
  dailyList: z.array(corosDailySchema),
});

/** The payload of `GET /coros/daily/query`. */
export type CorosDailyList = z.output<typeof corosDailyListSchema>;
