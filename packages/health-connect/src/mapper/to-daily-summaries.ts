import { createDailySummary, type DailySummary, type Metrics } from '@fitlink/core';
import type { HealthConnectRecordSet } from '../schemas/records.js';
import { epochMs, utcIso } from './instant.js';

/** Options of {@link mapHealthConnectDailySummaries}. */
export interface MapHealthConnectDailyOptions {
  /** Keep the day's records in `raw`. @defaultValue false */
  includeRaw?: boolean;
}

interface DayDraft {
  steps: number | null;
  distance: number | null;
  active: number | null;
  total: number | null;
  resting: { ms: number; bpm: number } | null;
  weight: { ms: number; kilograms: number } | null;
  hrv: number[];
  spo2: number[];
  raw: Record<string, unknown[]>;
}

const DAY_MS = 86_400_000;
const add = (sum: number | null, value: number) => (sum ?? 0) + value;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Sums a batch's day-level records into one normalized summary per day: steps, distance,
 * active and total energy summed; resting heart rate and weight the day's latest; HRV (RMSSD)
 * and SpO2 averaged; weight in `metrics.weightKg`. Health Connect exporters send UTC instants
 * only, so days are UTC days and `utcOffsetMinutes` is `null`. A summary covers the records of
 * the batch: with HC Webhook's incremental sync a day can arrive in parts (see the README).
 *
 * @param records - The batch's record arrays (any of them may be absent).
 * @param options - `includeRaw`.
 * @returns One summary per UTC day that has a value, oldest first.
 * @throws ValidationError when a record gives an impossible summary.
 * @example
 * ```ts
 * const [day] = mapHealthConnectDailySummaries({
 *   steps: [{ count: 8421, start_time: '2026-05-08T00:00:00Z', end_time: '2026-05-09T00:00:00Z' }],
 * });
 * day?.steps; // 8421
 * ```
 */
export function mapHealthConnectDailySummaries(
  records: HealthConnectRecordSet,
  options: MapHealthConnectDailyOptions = {},
): DailySummary[] {
  const days = new Map<string, DayDraft>();
  const dayOf = (instant: string, type: string, record: unknown): DayDraft => {
    const date = utcIso(instant, [type]).slice(0, 10);
    let draft = days.get(date);
    if (draft === undefined) {
      draft = {
        steps: null,
        distance: null,
        active: null,
        total: null,
        resting: null,
        weight: null,
        hrv: [],
        spo2: [],
        raw: {},
      };
      days.set(date, draft);
    }
    if (options.includeRaw) draft.raw[type] = [...(draft.raw[type] ?? []), record];
    return draft;
  };
  // Intervals count toward the UTC day they start in.
  for (const item of records.steps ?? []) {
    const day = dayOf(item.start_time, 'steps', item);
    day.steps = add(day.steps, item.count);
  }
  for (const item of records.distance ?? []) {
    const day = dayOf(item.start_time, 'distance', item);
    day.distance = add(day.distance, item.meters);
  }
  for (const item of records.active_calories ?? []) {
    const day = dayOf(item.start_time, 'active_calories', item);
    day.active = add(day.active, item.calories);
  }
  for (const item of records.total_calories ?? []) {
    const day = dayOf(item.start_time, 'total_calories', item);
    day.total = add(day.total, item.calories);
  }
  for (const item of records.resting_heart_rate ?? []) {
    const day = dayOf(item.time, 'resting_heart_rate', item);
    const ms = epochMs(item.time);
    if (day.resting === null || ms >= day.resting.ms) day.resting = { ms, bpm: item.bpm };
  }
  for (const item of records.weight ?? []) {
    const day = dayOf(item.time, 'weight', item);
    const ms = epochMs(item.time);
    if (day.weight === null || ms >= day.weight.ms) day.weight = { ms, kilograms: item.kilograms };
  }
  for (const item of records.heart_rate_variability ?? []) {
    dayOf(item.time, 'heart_rate_variability', item).hrv.push(item.rmssd_millis);
  }
  for (const item of records.oxygen_saturation ?? []) {
    dayOf(item.time, 'oxygen_saturation', item).spo2.push(item.percentage);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, day]) => {
      const startMs = Date.parse(`${date}T00:00:00.000Z`);
      const metrics: Metrics = day.weight === null ? {} : { weightKg: day.weight.kilograms };
      return createDailySummary({
        provider: 'health-connect',
        externalId: date,
        date,
        startTime: utcIso(startMs, ['date']),
        endTime: utcIso(startMs + DAY_MS, ['date']),
        // UTC days: the export carries no local offset, so none is invented.
        utcOffsetMinutes: null,
        steps: day.steps,
        distanceMetres: day.distance,
        activeEnergyKcal: day.active,
        energyKcal: day.total,
        restingHeartRateBpm: day.resting?.bpm ?? null,
        hrvRmssdMs: mean(day.hrv),
        spo2Percent: mean(day.spo2),
        metrics,
        ...(options.includeRaw ? { raw: day.raw } : {}),
      });
    });
}
