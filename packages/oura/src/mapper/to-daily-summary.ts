import { createDailySummary, type DailySummary, validatePayload, valueOrNull } from '@fitlink/core';
import { type OuraDailyActivity, ouraDailyActivitySchema } from '../schemas/daily-activity.js';
import { type OuraDailyReadiness, ouraDailyReadinessSchema } from '../schemas/daily-readiness.js';
import type { OuraDailyResilience } from '../schemas/daily-resilience.js';
import type { OuraDailySleep } from '../schemas/daily-sleep.js';
import type { OuraDailySpo2 } from '../schemas/daily-spo2.js';
import type { OuraDailyStress } from '../schemas/daily-stress.js';
import { type OuraSleep, ouraSleepSchema } from '../schemas/sleep.js';
import { ouraOffsetMinutes } from './time.js';

/** The documents of one local day that make a summary; any may be missing. */
export interface OuraDayDocuments {
  /** The local day, `YYYY-MM-DD`. */
  day: string;
  /** The day's readiness. */
  readiness?: OuraDailyReadiness | undefined;
  /** The day's activity. */
  activity?: OuraDailyActivity | undefined;
  /** The day's sleep score. */
  sleep?: OuraDailySleep | undefined;
  /** The day's SpO2. */
  spo2?: OuraDailySpo2 | undefined;
  /** The day's stress. */
  stress?: OuraDailyStress | undefined;
  /** The day's resilience. */
  resilience?: OuraDailyResilience | undefined;
  /** The day's main sleep period (`long_sleep`): lowest heart rate and HRV. */
  mainSleep?: OuraSleep | undefined;
}

/** Options of {@link mapOuraDay}. */
export interface OuraDayMapOptions {
  /** Keep the documents in `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * Maps one local day of Oura documents to a normalized daily summary: readiness score and skin
 * temperature deviation, steps and energy (kcal) from the activity, SpO2 average, resting heart
 * rate (the main sleep's lowest) and HRV (its average RMSSD). Sleep, activity and stress scores,
 * seconds of high stress and recovery, resilience level and the equivalent walking distance go to
 * `metrics`. `date` is Oura's `day` (the user's local day); the offset is read from the
 * documents' timestamps.
 *
 * @param documents - The day and whatever documents it has.
 * @param options - Mapper options.
 * @throws {@link @fitlink/core!ValidationError} when a document or the result is invalid.
 * @example
 * ```ts
 * const day = mapOuraDay({ day: '2026-11-19', readiness, activity });
 * console.log(day.readinessScore, day.steps);
 * ```
 */
export function mapOuraDay(
  documents: OuraDayDocuments,
  options: OuraDayMapOptions = {},
): DailySummary {
  const endpoint = 'daily';
  const readiness = documents.readiness
    ? validatePayload(ouraDailyReadinessSchema, documents.readiness, { provider: 'oura', endpoint })
    : undefined;
  const activity = documents.activity
    ? validatePayload(ouraDailyActivitySchema, documents.activity, { provider: 'oura', endpoint })
    : undefined;
  const mainSleep = documents.mainSleep
    ? validatePayload(ouraSleepSchema, documents.mainSleep, { provider: 'oura', endpoint })
    : undefined;
  const { sleep, spo2, stress, resilience } = documents;
  const metrics: Record<string, number | string> = {};
  const put = (key: string, value: number | string | null | undefined) => {
    if (value !== null && value !== undefined) metrics[key] = value;
  };
  put('sleepScore', sleep?.score);
  put('activityScore', activity?.score);
  put('equivalentWalkingDistanceMetres', activity?.equivalent_walking_distance);
  put('stressHighSeconds', stress?.stress_high);
  put('recoveryHighSeconds', stress?.recovery_high);
  put('stressSummary', stress?.day_summary);
  put('resilienceLevel', resilience?.level);
  put('temperatureTrendDeviationCelsius', readiness?.temperature_trend_deviation);
  return createDailySummary({
    provider: 'oura',
    externalId: documents.day,
    date: documents.day,
    utcOffsetMinutes:
      ouraOffsetMinutes(activity?.timestamp) ??
      ouraOffsetMinutes(readiness?.timestamp) ??
      ouraOffsetMinutes(mainSleep?.bedtime_end),
    readinessScore: valueOrNull(readiness?.score),
    skinTemperatureDeviationCelsius: valueOrNull(readiness?.temperature_deviation),
    steps: valueOrNull(activity?.steps, { nonNegative: true }),
    energyKcal: valueOrNull(activity?.total_calories, { nonNegative: true }),
    activeEnergyKcal: valueOrNull(activity?.active_calories, { nonNegative: true }),
    spo2Percent: valueOrNull(spo2?.spo2_percentage?.average),
    restingHeartRateBpm: valueOrNull(mainSleep?.lowest_heart_rate),
    hrvRmssdMs: valueOrNull(mainSleep?.average_hrv, { nonNegative: true }),
    metrics,
    ...(options.includeRaw ? { raw: { ...documents } } : {}),
  });
}
