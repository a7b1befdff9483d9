import { createDailySummary, type DailySummary, type Metrics, valueOrNull } from '@fitlink/core';
import { GOOGLE_HEALTH_TRUE_ZERO_TYPES, hasTrueZeros } from '../data-types.js';
import type {
  GoogleHealthDailyHeartRateVariability,
  GoogleHealthDailyOxygenSaturation,
  GoogleHealthDailyRestingHeartRate,
} from '../schemas/measurements.js';
import type { GoogleHealthDailyRollupDataPoint } from '../schemas/rollup.js';
import type { GoogleHealthMapOptions } from './map-options.js';
import { int64Value, presentOrTrueZero } from './values.js';

/**
 * One user-local day of Google Health data, as `listDailySummaries` gathers it: the day's
 * `:dailyRollUp` window of each rolled-up type (absent when Google returned no window: no data
 * that day) and the daily data points.
 */
export interface GoogleHealthDay {
  /** The user's date, `YYYY-MM-DD`. */
  date: string;
  /** The `steps` window. */
  steps?: GoogleHealthDailyRollupDataPoint | undefined;
  /** The `distance` window. */
  distance?: GoogleHealthDailyRollupDataPoint | undefined;
  /** The `total-calories` window. */
  totalCalories?: GoogleHealthDailyRollupDataPoint | undefined;
  /** The `active-zone-minutes` window. */
  activeZoneMinutes?: GoogleHealthDailyRollupDataPoint | undefined;
  /** The `heart-rate` window. */
  heartRate?: GoogleHealthDailyRollupDataPoint | undefined;
  /** The day's `daily-resting-heart-rate` point. */
  restingHeartRate?: GoogleHealthDailyRestingHeartRate | undefined;
  /** The day's `daily-heart-rate-variability` point. */
  heartRateVariability?: GoogleHealthDailyHeartRateVariability | undefined;
  /** The day's `daily-oxygen-saturation` point. */
  oxygenSaturation?: GoogleHealthDailyOxygenSaturation | undefined;
}

/**
 * Maps one day of Google Health roll-ups and daily points to a normalized
 * {@link @fitlink/core!DailySummary}, respecting Google's true zeros: for steps, distance and
 * total calories a returned window without a sum is a recorded zero (worn, not moving), and a
 * window Google did not return is `null` (not worn, no data). Other types never turn absence
 * into zero. Distance from millimetres to metres; resting heart rate, HRV (RMSSD, ms) and SpO2
 * from the daily points; active zone minutes and the day's heart rate range in `metrics`.
 *
 * @param day - The day's windows and points.
 * @param options - True-zero types and whether to keep the payload.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapGoogleHealthDay } from '@fitlink/google-health';
 *
 * const summary = mapGoogleHealthDay({ date: '2026-11-18', steps: { civilStartTime: { date: { year: 2026, month: 11, day: 18 } }, steps: { countSum: '9123' } } });
 * summary.steps; // 9123
 * ```
 */
export function mapGoogleHealthDay(
  day: GoogleHealthDay,
  options: GoogleHealthMapOptions = {},
): DailySummary {
  const trueZeroTypes = options.trueZeroTypes ?? GOOGLE_HEALTH_TRUE_ZERO_TYPES;
  // A window that exists: its sum, or zero for a true-zero type; no window: null.
  const windowValue = (
    window: GoogleHealthDailyRollupDataPoint | undefined,
    dataType: string,
    read: (window: GoogleHealthDailyRollupDataPoint) => number | null,
  ): number | null =>
    window === undefined
      ? null
      : presentOrTrueZero(read(window), hasTrueZeros(dataType, trueZeroTypes));

  const steps = windowValue(day.steps, 'steps', (w) => int64Value(w.steps?.countSum));
  const millimetres = windowValue(day.distance, 'distance', (w) =>
    int64Value(w.distance?.millimetersSum),
  );
  const kcal = windowValue(day.totalCalories, 'total-calories', (w) =>
    valueOrNull(w.totalCalories?.kcalSum),
  );
  const metrics: Metrics = {};
  const zones = day.activeZoneMinutes?.activeZoneMinutes;
  if (day.activeZoneMinutes) {
    const parts = [
      zones?.sumInFatBurnHeartZone,
      zones?.sumInCardioHeartZone,
      zones?.sumInPeakHeartZone,
    ].map((value) => int64Value(value));
    const known = parts.filter((value): value is number => value !== null);
    const azm = windowValue(day.activeZoneMinutes, 'active-zone-minutes', () =>
      known.length > 0 ? known.reduce((a, b) => a + b, 0) : null,
    );
    if (azm !== null) metrics.activeZoneMinutes = azm;
  }
  const heart = day.heartRate?.heartRate;
  if (heart?.beatsPerMinuteMin !== undefined) metrics.heartRateMinBpm = heart.beatsPerMinuteMin;
  if (heart?.beatsPerMinuteMax !== undefined) metrics.heartRateMaxBpm = heart.beatsPerMinuteMax;
  if (heart?.beatsPerMinuteAvg !== undefined) metrics.heartRateAvgBpm = heart.beatsPerMinuteAvg;
  const hrv = day.heartRateVariability;
  if (hrv?.deepSleepRootMeanSquareOfSuccessiveDifferencesMilliseconds !== undefined) {
    metrics.deepSleepHrvRmssdMs = hrv.deepSleepRootMeanSquareOfSuccessiveDifferencesMilliseconds;
  }
  return createDailySummary({
    provider: 'google-health',
    externalId: day.date,
    date: day.date,
    steps: steps === null ? null : valueOrNull(steps, { nonNegative: true }),
    distanceMetres:
      millimetres === null ? null : valueOrNull(millimetres / 1000, { nonNegative: true }),
    energyKcal: kcal === null ? null : valueOrNull(kcal, { nonNegative: true }),
    restingHeartRateBpm: int64Value(day.restingHeartRate?.beatsPerMinute),
    hrvRmssdMs: valueOrNull(hrv?.averageHeartRateVariabilityMilliseconds, { nonNegative: true }),
    spo2Percent: valueOrNull(day.oxygenSaturation?.averagePercentage, { nonNegative: true }),
    metrics,
    ...(options.includeRaw ? { raw: day } : {}),
  });
}
