import { createDailySummary, type DailySummary, type Metrics, valueOrNull } from '@fitlink/core';
import type { GarminDaily } from '../schemas/daily.js';
import type { GarminHrv } from '../schemas/hrv.js';
import { garminOffsetMinutes, putDeviceOffset, secondsToMs } from './time.js';

/** Options of {@link mapGarminDailySummary} and {@link mapGarminHrv}. */
export interface MapGarminDailySummaryOptions {
  /** Keep the Garmin payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const NON_NEGATIVE = { nonNegative: true } as const;
// Stress is 1–100; −1…−5 say why there is no value (off wrist, motion, too little data …).
const stress = (value: number | null | undefined): number | null => {
  const kept = valueOrNull(value);
  return kept === null || kept < 0 ? null : kept;
};

/**
 * Maps a Garmin `dailies` summary to a normalized {@link @fitlink/core!DailySummary} for its
 * `calendarDate` (the record's `externalId` too, so an updated day replaces the earlier one):
 * steps, distance, active and total (active + BMR) energy, resting heart rate; stress average
 * and maximum (negative codes dropped), body battery charged and drained, floors and intensity
 * seconds go to `metrics`, with the 7-day average heart rate as `heartRate7DayAvgBpm`.
 *
 * @param daily - A `dailies` summary.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result is invalid.
 * @example
 * ```ts
 * import { mapGarminDailySummary } from '@fitlink/garmin';
 * const day = mapGarminDailySummary(summary);
 * day.date; // '2026-11-20'
 * ```
 */
export function mapGarminDailySummary(
  daily: GarminDaily,
  options: MapGarminDailySummaryOptions = {},
): DailySummary {
  const metrics: Metrics = { summaryId: daily.summaryId };
  putDeviceOffset(metrics, daily.startTimeOffsetInSeconds);
  const put = (key: string, value: number | null) => {
    if (value !== null) metrics[key] = value;
  };
  put('stressAvg', stress(daily.averageStressLevel));
  put('stressMax', stress(daily.maxStressLevel));
  put('bodyBatteryCharged', valueOrNull(daily.bodyBatteryChargedValue, NON_NEGATIVE));
  put('bodyBatteryDrained', valueOrNull(daily.bodyBatteryDrainedValue, NON_NEGATIVE));
  put('floorsClimbed', valueOrNull(daily.floorsClimbed, NON_NEGATIVE));
  put(
    'moderateIntensitySeconds',
    valueOrNull(daily.moderateIntensityDurationInSeconds, NON_NEGATIVE),
  );
  put(
    'vigorousIntensitySeconds',
    valueOrNull(daily.vigorousIntensityDurationInSeconds, NON_NEGATIVE),
  );
  put('heartRate7DayAvgBpm', valueOrNull(daily.averageHeartRateInBeatsPerMinute, NON_NEGATIVE));
  const active = valueOrNull(daily.activeKilocalories, NON_NEGATIVE);
  const bmr = valueOrNull(daily.bmrKilocalories, NON_NEGATIVE);
  const duration = valueOrNull(daily.durationInSeconds, NON_NEGATIVE);
  return createDailySummary({
    provider: 'garmin',
    externalId: daily.calendarDate,
    date: daily.calendarDate,
    startTime: secondsToMs(daily.startTimeInSeconds),
    endTime: duration === null ? null : secondsToMs(daily.startTimeInSeconds + duration),
    utcOffsetMinutes: garminOffsetMinutes(daily.startTimeOffsetInSeconds),
    restingHeartRateBpm: valueOrNull(daily.restingHeartRateInBeatsPerMinute, NON_NEGATIVE),
    steps: valueOrNull(daily.steps, NON_NEGATIVE),
    distanceMetres: valueOrNull(daily.distanceInMeters, NON_NEGATIVE),
    activeEnergyKcal: active,
    energyKcal: active !== null && bmr !== null ? active + bmr : null,
    metrics,
    ...(options.includeRaw ? { raw: daily } : {}),
  });
}

/**
 * Maps a Garmin `hrv` summary to a {@link @fitlink/core!DailySummary} for its `calendarDate`
 * with `hrvRmssdMs` = the night's average RMSSD (`lastNightAvg`) and the 5-minute high in
 * `metrics.hrv5MinHighMs`. Its `externalId` is `hrv-<date>`: merge it with the day's `dailies`
 * record by `date`.
 *
 * @param hrv - An `hrv` summary.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result is invalid.
 * @example
 * ```ts
 * import { mapGarminHrv } from '@fitlink/garmin';
 * mapGarminHrv(summary).hrvRmssdMs; // 48
 * ```
 */
export function mapGarminHrv(
  hrv: GarminHrv,
  options: MapGarminDailySummaryOptions = {},
): DailySummary {
  const metrics: Metrics = { summaryId: hrv.summaryId };
  putDeviceOffset(metrics, hrv.startTimeOffsetInSeconds);
  const high = valueOrNull(hrv.lastNight5MinHigh, NON_NEGATIVE);
  if (high !== null) metrics.hrv5MinHighMs = high;
  return createDailySummary({
    provider: 'garmin',
    externalId: `hrv-${hrv.calendarDate}`,
    date: hrv.calendarDate,
    startTime: secondsToMs(hrv.startTimeInSeconds),
    endTime:
      typeof hrv.durationInSeconds === 'number' && hrv.durationInSeconds >= 0
        ? secondsToMs(hrv.startTimeInSeconds + hrv.durationInSeconds)
        : null,
    utcOffsetMinutes: garminOffsetMinutes(hrv.startTimeOffsetInSeconds),
    hrvRmssdMs: valueOrNull(hrv.lastNightAvg, NON_NEGATIVE),
    metrics,
    ...(options.includeRaw ? { raw: hrv } : {}),
  });
}
