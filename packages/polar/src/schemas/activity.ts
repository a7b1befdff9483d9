import * as z from 'zod/mini';
import { polarDateSchema, polarProtobufDurationSchema } from './duration.js';

/**
 * A day of activity (`GET /v4/data/activity/list`, ≤ 90 days per request). v4 has no single
 * daily step total per user: steps may be absent.
 *
 * @see https://www.polar.com/polar-api-v4/
 */
export const polarActivityDaySchema = z.looseObject({
  /** The local date. */
  date: polarDateSchema,
  /** Energy over the day, kilocalories. */
  calories: z.nullish(z.number()),
  /** Energy from activity, kilocalories. */
  activeCalories: z.nullish(z.number()),
  /** Active time. */
  activeDuration: z.nullish(polarProtobufDurationSchema),
  /** Steps, when the device counted them. */
  steps: z.nullish(z.number()),
  /** Distance, metres. */
  distanceMeters: z.nullish(z.number()),
});

/** A day of activity. */
export type PolarActivityDay = z.infer<typeof polarActivityDaySchema>;

/** The answer of `GET /v4/data/activity/list`. */
export const polarActivityListSchema = z.looseObject({
  /** The days of the range. */
  activityDays: z._default(z.array(polarActivityDaySchema), []),
});

/** The activity answer. */
export type PolarActivityList = z.infer<typeof polarActivityListSchema>;
