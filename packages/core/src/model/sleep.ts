import * as z from 'zod/mini';
import { buildRecord, type RecordInput } from './build-record.js';
import {
  endNotBeforeStart,
  endsAtOrAfterStart,
  externalIdSchema,
  idMatchesProvider,
  instantSchema,
  nullableAmountSchema,
  nullableBooleanSchema,
  nullableHeartRateSchema,
  nullableNumberSchema,
  nullablePercentSchema,
  providerIdSchema,
  rawSchema,
  recordIdSchema,
  timeZoneSchema,
  utcOffsetMinutesSchema,
} from './fields.js';
import { metricsSchema } from './metrics.js';

/**
 * One sleep period (a night or a nap) from any provider. Stage durations are in seconds;
 * unknown values are `null`.
 */
export const sleepSchema = z
  .object({
    /** `<provider>:<externalId>`. */
    id: recordIdSchema,
    /** Provider id, such as `oura`. */
    provider: providerIdSchema,
    /** The provider's own id; for providers without one, a stable key such as the date. */
    externalId: externalIdSchema,
    /** When the period began (in bed), ISO 8601 UTC. */
    startTime: instantSchema,
    /** When the period ended, ISO 8601 UTC. */
    endTime: instantSchema,
    /** Offset of local time at the start, in minutes. */
    utcOffsetMinutes: utcOffsetMinutesSchema,
    /** IANA zone, when the provider gives one. */
    timeZone: timeZoneSchema,
    /** Time in bed, in seconds. */
    durationSeconds: nullableAmountSchema,
    /** Time asleep (light + deep + REM), in seconds. */
    asleepSeconds: nullableAmountSchema,
    /** Time awake in bed, in seconds. */
    awakeSeconds: nullableAmountSchema,
    /** Light (N1/N2) sleep, in seconds. */
    lightSeconds: nullableAmountSchema,
    /** Deep (N3, slow-wave) sleep, in seconds. */
    deepSeconds: nullableAmountSchema,
    /** REM sleep, in seconds. */
    remSeconds: nullableAmountSchema,
    /** Time from lying down to falling asleep, in seconds. */
    latencySeconds: nullableAmountSchema,
    /** Time asleep as a percentage of time in bed, 0–100. */
    efficiencyPercent: nullablePercentSchema,
    /** The provider's sleep score, on its own scale (usually 0–100). */
    score: nullableNumberSchema,
    /** Average heart rate in beats per minute. */
    heartRateAvgBpm: nullableHeartRateSchema,
    /** Lowest heart rate in beats per minute. */
    heartRateLowestBpm: nullableHeartRateSchema,
    /** Heart-rate variability as RMSSD, in milliseconds. */
    hrvRmssdMs: nullableAmountSchema,
    /** Breaths per minute. */
    respiratoryRate: nullableAmountSchema,
    /** Whether the provider marks this period as a nap. */
    isNap: nullableBooleanSchema,
    /** Provider scores with no common field (sleep need, disturbances, contributors …). */
    metrics: metricsSchema,
    /** The provider payload, when kept. */
    raw: rawSchema,
  })
  .check(idMatchesProvider(), endNotBeforeStart());

/** One sleep period (a night or a nap) from any provider. */
export type Sleep = z.infer<typeof sleepSchema>;

/** Input of {@link createSleep}: provider, external id, start and end are required. */
export type SleepInput = RecordInput<
  Sleep,
  'provider' | 'externalId' | 'startTime' | 'endTime',
  'startTime' | 'endTime'
>;

/**
 * Builds a normalized sleep period: fills `null` for missing fields, builds `id`, normalizes
 * instants to UTC, and validates.
 *
 * @throws ValidationError with the path of each invalid field.
 *
 * @example
 * ```ts
 * const sleep = createSleep({
 *   provider: 'whoop',
 *   externalId: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8',
 *   startTime: '2026-03-01T22:41:00.000-05:00',
 *   endTime: '2026-03-02T06:10:00.000-05:00',
 *   deepSeconds: millisecondsToSeconds(5_400_000),
 * });
 * ```
 */
export function createSleep(input: SleepInput): Sleep {
  return buildRecord(sleepSchema, input, {
    label: 'sleep',
    instantKeys: ['startTime', 'endTime'],
    defaults: { metrics: {} },
    recordChecks: [endsAtOrAfterStart],
  });
}
