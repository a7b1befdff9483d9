import { createDailySummary, type DailySummary, type Metrics } from '@fitlink/core';
import { APPLE_HEALTH_METRICS } from './metric-names.js';
import type { AppleHealthMetricSample } from './to-metric-samples.js';

/** The metrics a daily summary reads, and the field each fills. */
const FIELDS = {
  step_count: 'steps',
  active_energy: 'activeEnergyKcal',
  walking_running_distance: 'distanceMetres',
  resting_heart_rate: 'restingHeartRateBpm',
  blood_oxygen_saturation: 'spo2Percent',
} as const;

/** Metrics kept in the summary's `metrics` bag (the model has no field for them). */
const EXTRA = {
  // Apple's HRV is SDNN, not RMSSD: kept apart so it never mixes with other providers' RMSSD.
  heart_rate_variability: 'hrvSdnnMs',
  weight_body_mass: 'weightKilograms',
  basal_energy_burned: 'basalEnergyKcal',
  respiratory_rate: 'respiratoryRate',
  flights_climbed: 'flightsClimbed',
  apple_exercise_time: 'exerciseSeconds',
} as const;

const combine = (metric: string, samples: readonly AppleHealthMetricSample[]): number | null => {
  const values = samples.filter((sample) => sample.converted).map((sample) => sample.value);
  if (values.length === 0) return null;
  const aggregate = APPLE_HEALTH_METRICS[metric]?.aggregate ?? 'mean';
  const sum = values.reduce((total, value) => total + value, 0);
  if (aggregate === 'sum') return sum;
  if (aggregate === 'mean') return sum / values.length;
  // 'last': the latest reading of the day.
  const latest = [...samples]
    .filter((sample) => sample.converted)
    .sort((left, right) => left.time.localeCompare(right.time));
  return latest.at(-1)?.value ?? null;
};

const inRange = (value: number | null, low: number, high: number) =>
  value !== null && value >= low && value <= high ? value : null;

/**
 * Builds one normalized `DailySummary` per local day from metric samples:
 * steps, active energy, walking and running distance summed; resting heart rate and SpO2
 * averaged. HRV is SDNN as Apple measures it, so it goes to `metrics.hrvSdnnMs` and
 * `hrvRmssdMs` stays `null`; weight (the day's last, `metrics.weightKilograms`), basal energy and
 * the total (active + basal, `energyKcal`) are kept too. A day is the phone's
 * local day written on each sample, so a traveller's mixed offsets fall on the days they were
 * lived. Feed it every stored sample of the days to rebuild (a batch may hold part of a day);
 * samples with the same `key` are counted once, the last one winning.
 *
 * @param samples - Samples from {@link mapAppleHealthMetric}, of one user.
 * @throws ValidationError when a resulting record is invalid.
 * @example
 * ```ts
 * const days = mapAppleHealthDailySummaries(batch.metricSamples.map((entry) => entry.record));
 * days[0]?.steps;
 * ```
 */
export function mapAppleHealthDailySummaries(
  samples: readonly AppleHealthMetricSample[],
): DailySummary[] {
  const unique = new Map<string, AppleHealthMetricSample>();
  for (const sample of samples) unique.set(sample.key, sample);
  const days = new Map<string, Map<string, AppleHealthMetricSample[]>>();
  for (const sample of unique.values()) {
    const wanted = sample.metric in FIELDS || sample.metric in EXTRA;
    if (!wanted) continue;
    const day = days.get(sample.localDate) ?? new Map<string, AppleHealthMetricSample[]>();
    days.set(sample.localDate, day);
    day.set(sample.metric, [...(day.get(sample.metric) ?? []), sample]);
  }
  return [...days.keys()].sort().map((date) => {
    const day = days.get(date) ?? new Map<string, AppleHealthMetricSample[]>();
    const value = (metric: string) => combine(metric, day.get(metric) ?? []);
    const metrics: Metrics = {};
    for (const [metric, key] of Object.entries(EXTRA)) {
      const found = value(metric);
      if (found !== null) metrics[key] = found;
    }
    const active = value('active_energy');
    const basal = value('basal_energy_burned');
    const first = [...day.values()]
      .flat()
      .sort((left, right) => left.time.localeCompare(right.time))[0];
    return createDailySummary({
      provider: 'apple-health',
      externalId: date,
      date,
      utcOffsetMinutes: first?.utcOffsetMinutes ?? null,
      steps: inRange(value('step_count'), 0, Number.MAX_SAFE_INTEGER),
      activeEnergyKcal: inRange(active, 0, Number.MAX_VALUE),
      energyKcal:
        active !== null && basal !== null ? inRange(active + basal, 0, Number.MAX_VALUE) : null,
      distanceMetres: inRange(value('walking_running_distance'), 0, Number.MAX_VALUE),
      restingHeartRateBpm: inRange(value('resting_heart_rate'), 1, 300),
      spo2Percent: inRange(spo2(value('blood_oxygen_saturation')), 0, 100),
      metrics,
    });
  });
}

// Health stores SpO2 as a fraction; the app writes it as a percentage with unit `%`. A value at
// or below 1 is taken as a fraction (no living person reads 1 %).
const spo2 = (value: number | null) => (value !== null && value <= 1 ? value * 100 : value);
