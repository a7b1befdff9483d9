import { createDailySummary, type DailySummary, type MetricValue } from '@fitlink/core';
import type { TrainingPeaksMetric } from '../schemas/metric.js';

/** Options of {@link mapTrainingPeaksMetrics}. */
export interface MapTrainingPeaksMetricsOptions {
  /** Keep the day's entries as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const LOCAL_DATE = /^(\d{4}-\d{2}-\d{2})/;

/** The local day of an entry (`DateTime`, or the third-party OpenAPI's `Timestamp`). */
function dayOf(metric: TrainingPeaksMetric): string | null {
  const match = LOCAL_DATE.exec(metric.DateTime ?? metric.Timestamp ?? '');
  return match?.[1] ?? null;
}

const last = <T>(entries: readonly TrainingPeaksMetric[], read: (m: TrainingPeaksMetric) => T) => {
  let value: T | undefined;
  for (const entry of entries) {
    const next = read(entry);
    if (next !== undefined && next !== null) value = next;
  }
  return value ?? null;
};

/**
 * Folds TrainingPeaks metrics entries into one normalized day per local date: an athlete's
 * apps post several entries a day (sleep at wake-up, HRV and resting pulse later), each
 * holding only what it recorded; the latest value of each metric wins. `Pulse` is the resting
 * heart rate, `HRV` is taken as RMSSD in ms, `SleepHours` goes to `metrics.sleepHours`.
 * Entries without a date are skipped.
 *
 * @param metrics - Entries in any order.
 * @param options - Whether to keep raw entries.
 * @returns One summary per date, oldest first; `externalId` is the date.
 * @example
 * ```ts
 * const days = mapTrainingPeaksMetrics(await client.metrics.list({ since, until }));
 * ```
 */
export function mapTrainingPeaksMetrics(
  metrics: readonly TrainingPeaksMetric[],
  options: MapTrainingPeaksMetricsOptions = {},
): DailySummary[] {
  const byDay = new Map<string, TrainingPeaksMetric[]>();
  const sorted = [...metrics].sort((a, b) =>
    (a.DateTime ?? a.Timestamp ?? '').localeCompare(b.DateTime ?? b.Timestamp ?? ''),
  );
  for (const metric of sorted) {
    const day = dayOf(metric);
    if (day === null) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), metric]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, entries]) => {
      const extra: Record<string, MetricValue> = {};
      const sleepHours = last(entries, (m) => m.SleepHours);
      if (sleepHours !== null) extra.sleepHours = sleepHours;
      const weight = last(entries, (m) => m.WeightInKilograms);
      if (weight !== null) extra.weightKg = weight;
      const sleepQuality = last(entries, (m) => m.SleepQuality);
      if (sleepQuality !== null) extra.sleepQuality = sleepQuality;
      const stress = last(entries, (m) => m.Stress);
      if (stress !== null) extra.stress = stress;
      return createDailySummary({
        provider: 'trainingpeaks',
        externalId: date,
        date,
        restingHeartRateBpm: last(entries, (m) => m.Pulse ?? m.RestingHeartRate),
        hrvRmssdMs: last(entries, (m) => m.HRV ?? m.Hrv),
        steps: last(entries, (m) => m.Steps),
        metrics: extra,
        ...(options.includeRaw ? { raw: entries } : {}),
      });
    });
}
