import { idempotencyKey } from '@fitlink/core';
import {
  type AppleHealthMetric,
  appleHealthBloodPressureSampleSchema,
  appleHealthHeartRateSampleSchema,
  appleHealthQuantitySampleSchema,
} from '../schemas/metric.js';
import { readAppleHealthDate } from './date.js';
import { APPLE_HEALTH_METRICS, APPLE_HEALTH_SI_UNITS } from './metric-names.js';
import { convertAppleHealthQuantity } from './units.js';

/**
 * One metric sample read from an export, in fitlink's unit for its dimension where the metric
 * and its unit are known (steps, kcal, metres, kg, °C, seconds, per minute, %, ms), else in the
 * unit the phone sent. `key` is its idempotency key: metric, instant and source, so a re-sent
 * period overwrites instead of adding.
 */
export interface AppleHealthMetricSample {
  /** Idempotency key: metric name, UTC instant and source. */
  readonly key: string;
  /** The app's metric name (`step_count`; `blood_pressure_systolic` for a pressure reading). */
  readonly metric: string;
  /** When, ISO 8601 UTC. */
  readonly time: string;
  /** The offset written on the sample, in minutes. */
  readonly utcOffsetMinutes: number;
  /** The phone's local day of the sample, `yyyy-MM-dd`. */
  readonly localDate: string;
  /** The value, in `unit`. For `{Min, Avg, Max}` heart rate, the average. */
  readonly value: number;
  /** The lowest value in the interval, where the sample has one (heart rate). */
  readonly min: number | null;
  /** The highest value in the interval, where the sample has one (heart rate). */
  readonly max: number | null;
  /** The unit of `value`: fitlink's (`m`, `kcal` …) when `converted`, else the phone's. */
  readonly unit: string;
  /** Whether `value` was converted to fitlink's unit (false for unknown metrics or units). */
  readonly converted: boolean;
  /** The app or device that recorded it, if given. */
  readonly source: string | null;
}

/** A sample that could not be read, with where it is. */
export interface AppleHealthSampleIssue {
  /** Path inside the metric (`['data', 3]`). */
  readonly path: readonly (string | number)[];
  /** What was wrong. */
  readonly message: string;
}

/** What {@link mapAppleHealthMetric} read from one metric. */
export interface AppleHealthMetricReading {
  /** The samples read. */
  readonly samples: AppleHealthMetricSample[];
  /** Samples left out, with the reason. */
  readonly issues: AppleHealthSampleIssue[];
  /** Whether fitlink knows the metric name (an unknown one is still read, unconverted). */
  readonly known: boolean;
}

/** Metrics with their own record shapes, read by other mappers. */
const ELSEWHERE = new Set(['sleep_analysis']);

/**
 * Reads one export metric into samples: per-sample offsets, units converted from the metric's
 * `units` string (a batch in `mi` and `kJ` gives the same values as one in `km` and `kcal`),
 * `{Min, Avg, Max}` heart rate, blood pressure as two metrics in mmHg. A metric name fitlink does
 * not know is accepted and its samples kept in the phone's unit (`known: false`); a sample
 * that cannot be read is reported in `issues`, never thrown. `sleep_analysis` gives no samples
 * (see {@link mapAppleHealthSleepNight} and {@link mapAppleHealthSleepStages}).
 *
 * @param metric - One entry of `data.metrics`.
 * @example
 * ```ts
 * const { samples } = mapAppleHealthMetric({ name: 'walking_running_distance', units: 'mi',
 *   data: [{ date: '2026-08-26 12:00:00 -0400', qty: 3.1 }] });
 * samples[0]?.value; // 4988.9664 (metres)
 * ```
 */
export function mapAppleHealthMetric(metric: AppleHealthMetric): AppleHealthMetricReading {
  const info = APPLE_HEALTH_METRICS[metric.name];
  const samples: AppleHealthMetricSample[] = [];
  const issues: AppleHealthSampleIssue[] = [];
  if (ELSEWHERE.has(metric.name)) return { samples, issues, known: true };
  const units = metric.units ?? '';
  const convert = (qty: number | null | undefined) =>
    info === undefined ? null : convertAppleHealthQuantity(qty, units, info.dimension);
  const push = (
    name: string,
    index: number,
    date: string,
    raw: { value: number; min?: number | null | undefined; max?: number | null | undefined },
    unitOverride: string | null,
    source: string | null | undefined,
  ) => {
    const when = readAppleHealthDate(date);
    if (when === null) {
      issues.push({ path: ['data', index, 'date'], message: 'unreadable date' });
      return;
    }
    const value = unitOverride === null ? convert(raw.value) : raw.value;
    const converted = unitOverride === null && value !== null;
    const keep = (extra: number | null | undefined) =>
      extra === null || extra === undefined ? null : converted ? convert(extra) : extra;
    const unit =
      unitOverride ??
      (converted && info !== undefined ? APPLE_HEALTH_SI_UNITS[info.dimension] : units);
    samples.push({
      key: idempotencyKey('apple-health', 'metric', name, when.time, source ?? ''),
      metric: name,
      time: when.time,
      utcOffsetMinutes: when.utcOffsetMinutes,
      localDate: when.localDate,
      value: value ?? raw.value,
      min: keep(raw.min),
      max: keep(raw.max),
      unit,
      converted,
      source: source ?? null,
    });
  };

  metric.data.forEach((entry, index) => {
    if (metric.name === 'blood_pressure') {
      const reading = appleHealthBloodPressureSampleSchema.safeParse(entry);
      if (!reading.success) {
        issues.push({ path: ['data', index], message: 'expected { date, systolic, diastolic }' });
        return;
      }
      const { date, systolic, diastolic, source } = reading.data;
      push('blood_pressure_systolic', index, date, { value: systolic }, units || 'mmHg', source);
      push('blood_pressure_diastolic', index, date, { value: diastolic }, units || 'mmHg', source);
      return;
    }
    if ('Avg' in entry || 'Min' in entry || 'Max' in entry) {
      const reading = appleHealthHeartRateSampleSchema.safeParse(entry);
      const average = reading.success ? reading.data.Avg : null;
      if (!reading.success || typeof average !== 'number' || !Number.isFinite(average)) {
        issues.push({ path: ['data', index], message: 'expected { date, Min, Avg, Max }' });
        return;
      }
      const { date, Min, Max, source } = reading.data;
      push(metric.name, index, date, { value: average, min: Min, max: Max }, null, source);
      return;
    }
    const reading = appleHealthQuantitySampleSchema.safeParse(entry);
    if (!reading.success || !Number.isFinite(reading.data.qty)) {
      issues.push({ path: ['data', index], message: 'expected { date, qty }' });
      return;
    }
    push(
      metric.name,
      index,
      reading.data.date,
      { value: reading.data.qty },
      null,
      reading.data.source,
    );
  });
  return { samples, issues, known: info !== undefined || metric.name === 'blood_pressure' };
}
