import type {
  HealthConnectFlatRecord,
  HealthConnectFlatRecordsPayload,
} from '../schemas/flat-records.js';
import type { HealthConnectWebhookPayload } from '../schemas/webhook.js';

/** Options of {@link toHealthConnectFlatRecords}. */
export interface ToHealthConnectFlatRecordsOptions {
  /** `imperial` writes `lb`, `mi` and `kcal`; `metric` writes `kg`, `m` and `kJ`. @defaultValue 'metric' */
  units?: 'metric' | 'imperial';
}

const KILOJOULES_PER_KILOCALORIE = 4.184;
const POUNDS_PER_KILOGRAM = 1 / 0.45359237;
const MILES_PER_METRE = 1 / 1609.344;

/**
 * Renders an HC Webhook batch's day-level records in the flat-records contract
 * (`records[{ record_type, value, unit, start_time_ms, end_time_ms }]`), in metric or
 * imperial units: the same data as another exporter would send it.
 *
 * @param batch - An HC Webhook batch.
 * @param options - Units.
 * @example
 * ```ts
 * import { createHealthConnectFake, toHealthConnectFlatRecords } from '@fitlink/health-connect/testing';
 * const flat = toHealthConnectFlatRecords(createHealthConnectFake({ days: 2 }).batches[0]!, { units: 'imperial' });
 * ```
 */
export function toHealthConnectFlatRecords(
  batch: HealthConnectWebhookPayload,
  options: ToHealthConnectFlatRecordsOptions = {},
): HealthConnectFlatRecordsPayload {
  const imperial = options.units === 'imperial';
  const records: HealthConnectFlatRecord[] = [];
  const interval = (start: string, end: string) => ({
    start_time_ms: Date.parse(start),
    end_time_ms: Date.parse(end),
  });
  const at = (time: string) => ({ start_time_ms: Date.parse(time), end_time_ms: Date.parse(time) });
  for (const item of batch.steps ?? [])
    records.push({
      record_type: 'steps',
      value: item.count,
      unit: 'count',
      ...interval(item.start_time, item.end_time),
    });
  for (const item of batch.distance ?? [])
    records.push({
      record_type: 'distance',
      value: imperial ? item.meters * MILES_PER_METRE : item.meters,
      unit: imperial ? 'mi' : 'm',
      ...interval(item.start_time, item.end_time),
    });
  for (const type of ['active_calories', 'total_calories'] as const) {
    for (const item of batch[type] ?? [])
      records.push({
        record_type: type,
        // Metric exporters often write kilojoules; imperial ones kilocalories.
        value: imperial ? item.calories : item.calories * KILOJOULES_PER_KILOCALORIE,
        unit: imperial ? 'kcal' : 'kJ',
        ...interval(item.start_time, item.end_time),
      });
  }
  for (const item of batch.resting_heart_rate ?? [])
    records.push({
      record_type: 'resting_heart_rate',
      value: item.bpm,
      unit: 'bpm',
      ...at(item.time),
    });
  for (const item of batch.heart_rate_variability ?? [])
    records.push({
      record_type: 'heart_rate_variability',
      value: item.rmssd_millis,
      unit: 'ms',
      ...at(item.time),
    });
  for (const item of batch.oxygen_saturation ?? [])
    records.push({
      record_type: 'oxygen_saturation',
      value: item.percentage,
      unit: '%',
      ...at(item.time),
    });
  for (const item of batch.weight ?? [])
    records.push({
      record_type: 'weight',
      value: imperial ? item.kilograms * POUNDS_PER_KILOGRAM : item.kilograms,
      unit: imperial ? 'lb' : 'kg',
      ...at(item.time),
    });
  return { records };
}
