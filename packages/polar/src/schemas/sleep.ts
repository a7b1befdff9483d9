import * as z from 'zod/mini';
import { polarDateSchema, polarDateTimeSchema, polarProtobufDurationSchema } from './duration.js';

/**
 * A night of the Dynamic API v4 (`GET /v4/data/sleeps`, ≤ 30 days per request). Stage durations
 * are protobuf durations. Loose: only what the mapper reads is typed.
 *
 * @see https://www.polar.com/polar-api-v4/
 */
export const polarSleepSchema = z.looseObject({
  /** The night's date (the day the sleep ended, in local time). */
  sleepDate: polarDateSchema,
  /** Falling asleep, local time, with or without an offset. */
  sleepStartTime: polarDateTimeSchema,
  /** Waking, local time, with or without an offset. */
  sleepEndTime: polarDateTimeSchema,
  /** The local times' offset from UTC, minutes, when they carry none. */
  sleepStartOffsetMinutes: z.nullish(z.number()),
  /** Light sleep. */
  lightSleepDuration: z.nullish(polarProtobufDurationSchema),
  /** Deep sleep. */
  deepSleepDuration: z.nullish(polarProtobufDurationSchema),
  /** REM sleep. */
  remSleepDuration: z.nullish(polarProtobufDurationSchema),
  /** Interruptions (awake in bed). */
  totalInterruptionDuration: z.nullish(polarProtobufDurationSchema),
  /** Sleep score, 1–100. */
  sleepScore: z.nullish(z.number()),
  /** Sleep cycles. */
  sleepCycles: z.nullish(z.number()),
  /** Continuity, 1.0–5.0. */
  continuity: z.nullish(z.number()),
});

/** A v4 night. */
export type PolarSleep = z.infer<typeof polarSleepSchema>;

/** The answer of `GET /v4/data/sleeps`. */
export const polarSleepListSchema = z.looseObject({
  /** The nights of the range. */
  nightSleeps: z._default(z.array(polarSleepSchema), []),
});

/** The sleeps answer. */
export type PolarSleepList = z.infer<typeof polarSleepListSchema>;
