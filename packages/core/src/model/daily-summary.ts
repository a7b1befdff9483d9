import * as z from 'zod/mini';
import { buildRecord, type RecordInput } from './build-record.js';
import {
  endNotBeforeStart,
  endsAtOrAfterStart,
  externalIdSchema,
  idMatchesProvider,
  localDateSchema,
  nullableAmountSchema,
  nullableHeartRateSchema,
  nullableInstantSchema,
  nullableNumberSchema,
  nullablePercentSchema,
  providerIdSchema,
  rawSchema,
  recordIdSchema,
  utcOffsetMinutesSchema,
} from './fields.js';
import { metricsSchema } from './metrics.js';

/**
 * One user-local day from any provider: recovery and readiness scores, resting heart rate,
 * HRV, steps and energy. Unknown values are `null`.
 */
export const dailySummarySchema = z
  .object({
    /** `<provider>:<externalId>`. */
    id: recordIdSchema,
    /** Provider id, such as `garmin`. */
    provider: providerIdSchema,
    /** The provider's own id; for providers without one, the date. */
    externalId: externalIdSchema,
    /** The local calendar day, `YYYY-MM-DD` (Garmin `calendarDate`, Oura `day`). */
    date: localDateSchema,
    /** Start of the day or cycle, ISO 8601 UTC, when known (WHOOP cycles do not follow midnight). */
    startTime: nullableInstantSchema,
    /** End of the day or cycle, ISO 8601 UTC, when known; `null` for an open cycle too. */
    endTime: nullableInstantSchema,
    /** Offset of local time on that day, in minutes. */
    utcOffsetMinutes: utcOffsetMinutesSchema,
    /** Recovery score on the provider's scale (WHOOP 0–100). */
    recoveryScore: nullableNumberSchema,
    /** Readiness score on the provider's scale (Oura 0–100). */
    readinessScore: nullableNumberSchema,
    /** Day strain on the provider's scale (WHOOP 0–21). */
    strain: nullableNumberSchema,
    /** Resting heart rate in beats per minute. */
    restingHeartRateBpm: nullableHeartRateSchema,
    /** Heart-rate variability as RMSSD, in milliseconds. */
    hrvRmssdMs: nullableAmountSchema,
    /** Blood oxygen saturation, 0–100. */
    spo2Percent: nullablePercentSchema,
    /** Skin temperature in degrees Celsius. */
    skinTemperatureCelsius: nullableNumberSchema,
    /** Skin temperature relative to the user's baseline, in degrees Celsius (Oura). */
    skinTemperatureDeviationCelsius: nullableNumberSchema,
    /** Step count. */
    steps: nullableAmountSchema,
    /** Total energy expended in kilocalories. */
    energyKcal: nullableAmountSchema,
    /** Energy from activity above resting, in kilocalories. */
    activeEnergyKcal: nullableAmountSchema,
    /** Distance covered in metres. */
    distanceMetres: nullableAmountSchema,
    /** Provider scores with no common field (stress, body battery, contributors …). */
    metrics: metricsSchema,
    /** The provider payload, when kept. */
    raw: rawSchema,
  })
  .check(idMatchesProvider(), endNotBeforeStart());

/** One user-local day from any provider. */
export type DailySummary = z.infer<typeof dailySummarySchema>;

/** Input of {@link createDailySummary}: provider, external id and date are required. */
export type DailySummaryInput = RecordInput<
  DailySummary,
  'provider' | 'externalId' | 'date',
  'startTime' | 'endTime'
>;

/**
 * Builds a normalized daily summary: fills `null` for missing fields, builds `id`, normalizes
 * instants to UTC, and validates.
 *
 * @throws ValidationError with the path of each invalid field.
 *
 * @example
 * ```ts
 * const day = createDailySummary({
 *   provider: 'oura',
 *   externalId: '2026-03-02',
 *   date: '2026-03-02',
 *   readinessScore: 82,
 *   skinTemperatureDeviationCelsius: -0.12,
 * });
 * ```
 */
export function createDailySummary(input: DailySummaryInput): DailySummary {
  return buildRecord(dailySummarySchema, input, {
    label: 'daily-summary',
    instantKeys: ['startTime', 'endTime'],
    defaults: { metrics: {} },
    recordChecks: [endsAtOrAfterStart],
  });
}
