import * as z from 'zod/mini';
import {
  googleHealthDurationSchema,
  googleHealthInt64Schema,
  googleHealthIntervalSchema,
  googleHealthTimestampSchema,
} from './fields.js';

/** One sleep stage segment: `AWAKE`, `LIGHT`, `DEEP`, `REM` (stages sleep) or `ASLEEP`, `RESTLESS` (classic). */
export const googleHealthSleepStageSchema = z.looseObject({
  /** Stage type. */
  type: z.string(),
  /** Start, RFC 3339. */
  startTime: googleHealthTimestampSchema,
  /** End, RFC 3339. */
  endTime: googleHealthTimestampSchema,
  /** UTC offset at the start. */
  startUtcOffset: z.optional(googleHealthDurationSchema),
  /** UTC offset at the end. */
  endUtcOffset: z.optional(googleHealthDurationSchema),
});

/** One sleep stage segment. */
export type GoogleHealthSleepStage = z.infer<typeof googleHealthSleepStageSchema>;

/** Google's summary of a sleep (output only): minutes as int64 strings. */
export const googleHealthSleepSummarySchema = z.looseObject({
  /** Minutes asleep (light + deep + REM, or classic `ASLEEP`). */
  minutesAsleep: z.optional(googleHealthInt64Schema),
  /** Minutes awake (sum of `AWAKE`). */
  minutesAwake: z.optional(googleHealthInt64Schema),
  /** Bedtime to wake time, minutes. */
  minutesInSleepPeriod: z.optional(googleHealthInt64Schema),
  /** Minutes to fall asleep. */
  minutesToFallAsleep: z.optional(googleHealthInt64Schema),
  /** Minutes after waking. */
  minutesAfterWakeUp: z.optional(googleHealthInt64Schema),
  /** Minutes and segment count per stage type. */
  stagesSummary: z.optional(
    z.array(
      z.looseObject({
        /** Stage type. */
        type: z.string(),
        /** Total minutes (int64; absent is zero). */
        minutes: z.optional(googleHealthInt64Schema),
        /** Segments (int64). */
        count: z.optional(googleHealthInt64Schema),
      }),
    ),
  ),
});

/** Google's summary of a sleep. */
export type GoogleHealthSleepSummary = z.infer<typeof googleHealthSleepSummarySchema>;

/**
 * A `sleep` data point's value: a sleep session, possibly with stages.
 *
 * @see https://developers.google.com/health/reference/rest/v4/users.dataTypes.dataPoints#Sleep
 */
export const googleHealthSleepSchema = z.looseObject({
  /** The session's interval. */
  interval: googleHealthIntervalSchema,
  /** `STAGES` or `CLASSIC`. */
  type: z.optional(z.string()),
  /** Stage segments, contiguous, not overlapping. */
  stages: z.optional(z.array(googleHealthSleepStageSchema)),
  /** Metadata: nap, main sleep, processing state. */
  metadata: z.optional(
    z.looseObject({
      /** A nap (short, without stages). */
      nap: z.optional(z.boolean()),
      /** The sleep and stage algorithms have finished. */
      processed: z.optional(z.boolean()),
      /** Edited by the user. */
      manuallyEdited: z.optional(z.boolean()),
      /** Stage algorithm status (`SUCCEEDED`, `REJECTED_COVERAGE` …). */
      stagesStatus: z.optional(z.string()),
      /** The source's own id. */
      externalId: z.optional(z.string()),
    }),
  ),
  /** Summary metrics. */
  summary: z.optional(googleHealthSleepSummarySchema),
  /** Created (output only). */
  createTime: z.optional(googleHealthTimestampSchema),
  /** Last updated (output only). */
  updateTime: z.optional(googleHealthTimestampSchema),
});

/** A sleep session. */
export type GoogleHealthSleep = z.infer<typeof googleHealthSleepSchema>;
