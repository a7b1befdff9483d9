import * as z from 'zod/mini';
import { corosIdSchema } from './label-id.js';

/**
 * One leg of a multisport activity (`mode` 13): its sport and its own FIT file.
 *
 * @see https://support.coros.com/hc/en-us/articles/17085887816340-Submit-an-API-Application
 */
export const corosActivityPartSchema = z.looseObject({
  /** Sport mode of the leg (8 run, 9 bike, 10 swim …). */
  mode: z.number(),
  /** Sub-mode of the leg (outdoor, indoor, pool, open water …). */
  subMode: z.nullish(z.number()),
  /** Signed, expiring URL of the leg's FIT file. */
  fitUrl: z.nullish(z.string()),
  /** Distance of the leg in metres, when sent. */
  distance: z.nullish(z.number()),
  /** Duration of the leg in seconds, when sent. */
  duration: z.nullish(z.number()),
});

/** One leg of a multisport activity. */
export type CorosActivityPart = z.output<typeof corosActivityPartSchema>;

/**
 * A COROS workout summary, as `GET /v2/coros/sport/list` answers it and as the push webhook
 * sends it (`sportDataList[]`). Only what the mapper reads is required; everything else passes
 * through. Times are epoch values (seconds per the integrations read; milliseconds are
 * recognised too), time zones are in 15-minute units (32 = UTC+08:00), distance in metres and
 * duration in seconds.
 */
export const corosActivitySchema = z.looseObject({
  /** The user's COROS open id (in push bodies; list answers may leave it out). */
  openId: z.nullish(z.string()),
  /** The workout id: a 64-bit integer, kept as a decimal string. */
  labelId: corosIdSchema,
  /** Sport mode (8 run, 9 bike, 10 swim, 13 multisport …). */
  mode: z.number(),
  /** Sub-mode within the sport (1 outdoor, 2 indoor …). */
  subMode: z.nullish(z.number()),
  /** Start, epoch seconds (or milliseconds). */
  startTime: z.number(),
  /** End, epoch seconds (or milliseconds). */
  endTime: z.nullish(z.number()),
  /** Offset at the start in 15-minute units (32 = +08:00, -20 = -05:00). */
  startTimezone: z.nullish(z.number()),
  /** Offset at the end in 15-minute units. */
  endTimezone: z.nullish(z.number()),
  /** Distance in metres. */
  distance: z.nullish(z.number()),
  /** Duration in seconds. */
  duration: z.nullish(z.number()),
  /** Energy, kilocalories (see the mapper's `calorieUnit`). */
  calorie: z.nullish(z.number()),
  /** Average heart rate, bpm, when sent. */
  avgHeartRate: z.nullish(z.number()),
  /** Average speed, when sent (not mapped: its unit is not documented publicly). */
  avgSpeed: z.nullish(z.number()),
  /** Steps, when sent. */
  step: z.nullish(z.number()),
  /** The recording watch's name. */
  deviceName: z.nullish(z.string()),
  /** The training-plan workout this one completed, when any. */
  planWorkoutId: z.nullish(z.union([z.string(), z.number()])),
  /** Signed, expiring URL of the FIT file (refresh it with `activities.fitUrl`). */
  fitUrl: z.nullish(z.string()),
  /** The legs of a multisport activity (`mode` 13). */
  triathlonItemList: z.nullish(z.array(corosActivityPartSchema)),
});

/** A COROS workout summary (list item or pushed record). */
export type CorosActivity = z.output<typeof corosActivitySchema>;

/** The wire input of {@link corosActivitySchema} (before `labelId` becomes a string). */
export type CorosActivityInput = z.input<typeof corosActivitySchema>;

/** The payload of `GET /v2/coros/sport/list`: the workouts of the date range. */
export const corosActivityListSchema = z.array(corosActivitySchema);

/**
 * The payload of `GET /v2/coros/sport/detail/fit`: a fresh signed FIT URL for one workout
 * (`fitUrl` in the integrations read; `url` accepted as well).
 */
export const corosActivityFitSchema = z.looseObject({
  /** The fresh, signed FIT URL. */
  fitUrl: z.nullish(z.string()),
  /** Some answers name it `url`. */
  url: z.nullish(z.string()),
});

/** The payload of `GET /v2/coros/sport/detail/fit`. */
export type CorosActivityFit = z.output<typeof corosActivityFitSchema>;
