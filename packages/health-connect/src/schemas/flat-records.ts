import * as z from 'zod/mini';

/**
 * One record of the flat exporter contract (deadronos/health-connect-webhook-local-sync):
 * a record type, a value with its unit, and the interval in epoch milliseconds (UTC).
 *
 * @see https://github.com/deadronos/health-connect-webhook-local-sync/blob/main/app/schemas.py
 */
export const healthConnectFlatRecordSchema = z.looseObject({
  /** The record type (`steps`, `heart_rate`, `resting_heart_rate`, `weight` …). */
  record_type: z.string().check(z.minLength(1)),
  /** The value; a number for every type fitlink maps. */
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  /** The value's unit (`count`, `bpm`, `kg`, `lb`, `m`, `km`, `kcal`, `kJ`, `ms`, `%`). */
  unit: z.string(),
  /** Interval start, epoch milliseconds. */
  start_time_ms: z.number().check(z.int()),
  /** Interval end, epoch milliseconds (equal to the start for an instant sample). */
  end_time_ms: z.number().check(z.int()),
  /** When the exporter read the record, epoch milliseconds. */
  captured_at_ms: z.nullish(z.number().check(z.int())),
  /** The device's id, when the exporter sends it. */
  device_id: z.nullish(z.string()),
  /** The record's id at its source, when the exporter sends it (kept as the idempotency base). */
  external_id: z.nullish(z.string()),
});

/** One record of the flat exporter contract. */
export type HealthConnectFlatRecord = z.infer<typeof healthConnectFlatRecordSchema>;

/** A flat-records batch: `{ records: [...] }`. */
export const healthConnectFlatRecordsPayloadSchema = z.looseObject({
  /** The records, in any order and of any type. */
  records: z.array(healthConnectFlatRecordSchema),
});

/** A flat-records batch. */
export type HealthConnectFlatRecordsPayload = z.infer<typeof healthConnectFlatRecordsPayloadSchema>;
