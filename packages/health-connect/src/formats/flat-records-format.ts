import {
  ErrorCodes,
  KILOGRAMS_PER_POUND,
  KILOJOULES_PER_KILOCALORIE,
  METRES_PER_MILE,
  ValidationError,
} from '@fitlink/core';
import {
  type HealthConnectFlatRecord,
  type HealthConnectFlatRecordsPayload,
  healthConnectFlatRecordsPayloadSchema,
} from '../schemas/flat-records.js';
import type { HealthConnectRecordSet } from '../schemas/records.js';
import { defineHealthConnectFormat } from './format.js';

/** Unit → factor to the SI unit fitlink keeps, per quantity (unit strings compared lower case). */
const UNITS = {
  count: { count: 1, steps: 1 },
  bpm: { bpm: 1, 'count/min': 1 },
  kilograms: { kg: 1, lb: KILOGRAMS_PER_POUND, lbs: KILOGRAMS_PER_POUND },
  meters: { m: 1, km: 1000, mi: METRES_PER_MILE },
  kcal: { kcal: 1, cal: 1, kj: 1 / KILOJOULES_PER_KILOCALORIE },
  ms: { ms: 1 },
  percent: { '%': 1, percent: 1 },
} as const satisfies Record<string, Record<string, number>>;

/** Record type → the quantity its value is. */
const TYPES = {
  steps: 'count',
  heart_rate: 'bpm',
  resting_heart_rate: 'bpm',
  heart_rate_variability: 'ms',
  weight: 'kilograms',
  distance: 'meters',
  active_calories: 'kcal',
  total_calories: 'kcal',
  oxygen_saturation: 'percent',
} as const satisfies Record<string, keyof typeof UNITS>;

type FlatType = keyof typeof TYPES;
const isFlatType = (type: string): type is FlatType => Object.hasOwn(TYPES, type);

function invalid(index: number, field: string, message: string): ValidationError {
  return new ValidationError('Unexpected payload from health-connect flat-records', {
    provider: 'health-connect',
    endpoint: 'ingest flat-records',
    code: ErrorCodes.validation,
    issues: [{ path: ['records', index, field], code: 'custom', message }],
  });
}

function siValue(record: HealthConnectFlatRecord, type: FlatType, index: number): number {
  if (typeof record.value !== 'number' || !Number.isFinite(record.value)) {
    throw invalid(index, 'value', `expected a number for ${type}`);
  }
  const units: Readonly<Record<string, number>> = UNITS[TYPES[type]];
  const factor = units[record.unit.trim().toLowerCase()];
  if (factor === undefined) {
    throw invalid(index, 'unit', `unit "${record.unit}" is not one fitlink reads for ${type}`);
  }
  return record.value * factor;
}

/**
 * The flat exporter contract (deadronos/health-connect-webhook-local-sync):
 * `{ records: [{ record_type, value, unit, start_time_ms, end_time_ms, … }] }`. Values are
 * converted from their unit string (`kg`/`lb`, `m`/`km`/`mi`, `kcal`/`kJ`); a type fitlink
 * does not map is accepted and reported; a mapped type with an unknown unit is rejected.
 *
 * @see https://github.com/deadronos/health-connect-webhook-local-sync/blob/main/app/schemas.py
 */
export const healthConnectFlatRecordsFormat =
  defineHealthConnectFormat<HealthConnectFlatRecordsPayload>({
    name: 'flat-records',
    schema: healthConnectFlatRecordsPayloadSchema,
    read(payload) {
      const out: Record<string, unknown[]> = {};
      const unmapped = new Set<string>();
      payload.records.forEach((record, index) => {
        const type = record.record_type;
        if (!isFlatType(type)) {
          unmapped.add(type);
          return;
        }
        if (record.end_time_ms < record.start_time_ms) {
          throw invalid(index, 'end_time_ms', 'expected an end not before the start');
        }
        const value = siValue(record, type, index);
        const start = new Date(record.start_time_ms).toISOString();
        const end = new Date(record.end_time_ms).toISOString();
        const metadata = record.external_id ? { metadata: { id: record.external_id } } : {};
        const list = out[type] ?? [];
        out[type] = list;
        switch (type) {
          case 'steps':
            list.push({ count: value, start_time: start, end_time: end, ...metadata });
            break;
          case 'distance':
            list.push({ meters: value, start_time: start, end_time: end, ...metadata });
            break;
          case 'active_calories':
          case 'total_calories':
            list.push({ calories: value, start_time: start, end_time: end, ...metadata });
            break;
          case 'heart_rate':
          case 'resting_heart_rate':
            list.push({ bpm: value, time: start, ...metadata });
            break;
          case 'heart_rate_variability':
            list.push({ rmssd_millis: value, time: start, ...metadata });
            break;
          case 'weight':
            list.push({ kilograms: value, time: start, ...metadata });
            break;
          case 'oxygen_saturation':
            list.push({ percentage: value, time: start, ...metadata });
            break;
        }
      });
      return { records: out as HealthConnectRecordSet, unmappedTypes: [...unmapped].sort() };
    },
  });
