import {
  type Activity,
  type DailySummary,
  idempotencyKey,
  type Sleep,
  validatePayload,
} from '@fitlink/core';
import type { HealthConnectFormat } from './formats/format.js';
import { mapHealthConnectExercise } from './mapper/to-activity.js';
import { mapHealthConnectDailySummaries } from './mapper/to-daily-summaries.js';
import { mapHealthConnectSleep } from './mapper/to-sleep.js';
import type { HealthConnectRecordSet } from './schemas/records.js';

/** A normalized record with the key that makes a re-sent copy recognizable. */
export interface HealthConnectKeyedRecord<T> {
  /**
   * Stable across re-sends of the same data (HC Webhook re-sends a rolling window): an app that
   * stores each key once makes a replayed batch add nothing.
   */
  readonly key: string;
  /** The normalized record; upsert it by its `id`. */
  readonly record: T;
}

/**
 * One accepted batch: what the exporter sent, read and normalized, handed to the app's
 * `deliver` callback.
 */
export interface HealthConnectBatch<TPayload = unknown> {
  /** The format's name (`hc-webhook`, `flat-records` …). */
  readonly format: string;
  /** The validated body, typed by the format. */
  readonly payload: TPayload;
  /** The record arrays fitlink maps, in HC Webhook's shape. */
  readonly records: HealthConnectRecordSet;
  /** Exercise sessions as activities. */
  readonly activities: readonly HealthConnectKeyedRecord<Activity>[];
  /** Sleep sessions. */
  readonly sleep: readonly HealthConnectKeyedRecord<Sleep>[];
  /** One summary per UTC day of the batch's steps, energy, resting HR, HRV, SpO2 and weight. */
  readonly dailySummaries: readonly HealthConnectKeyedRecord<DailySummary>[];
  /** Record types the batch holds that fitlink does not map (accepted, reported here). */
  readonly unmappedTypes: readonly string[];
}

/** Options of {@link readHealthConnectBatch}. */
export interface ReadHealthConnectBatchOptions {
  /** Keep exporter records in each normalized record's `raw`. @defaultValue false */
  includeRaw?: boolean;
}

// FNV-1a over the summary's values: a day re-sent with the same records keeps its key, a day
// that gained records gets a new one (its record `id` stays the date, so the app upserts it).
function digest(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const character of JSON.stringify(value)) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Validates a parsed JSON body against a format and normalizes it: activities, sleep and daily
 * summaries, each with an idempotency key.
 *
 * @param body - The parsed JSON body.
 * @param format - The exporter's format.
 * @param options - `includeRaw`.
 * @throws ValidationError naming the path of the first problem (the ingest handler answers 400).
 * @example
 * ```ts
 * import { HEALTH_CONNECT_FORMATS, readHealthConnectBatch } from '@fitlink/health-connect';
 * const batch = readHealthConnectBatch(
 *   { timestamp: '2026-05-09T14:00:00Z', steps: [{ count: 8421, start_time: '2026-05-08T00:00:00Z', end_time: '2026-05-09T00:00:00Z' }] },
 *   HEALTH_CONNECT_FORMATS['hc-webhook'],
 * );
 * batch.dailySummaries[0]?.record.steps; // 8421
 * ```
 */
export function readHealthConnectBatch<TPayload>(
  body: unknown,
  format: HealthConnectFormat<TPayload>,
  options: ReadHealthConnectBatchOptions = {},
): HealthConnectBatch<TPayload> {
  const payload = validatePayload(format.schema, body, {
    provider: 'health-connect',
    endpoint: `ingest ${format.name}`,
  }) as TPayload;
  const { records, unmappedTypes } = format.read(payload);
  const includeRaw = options.includeRaw ?? false;
  const activities = (records.exercise ?? []).map((exercise) => {
    const record = mapHealthConnectExercise(exercise, {
      ...(records.heart_rate ? { heartRate: records.heart_rate } : {}),
      ...(records.active_calories ? { activeCalories: records.active_calories } : {}),
      includeRaw,
    });
    return { key: idempotencyKey(record.id), record };
  });
  const sleep = (records.sleep ?? []).map((session) => {
    const record = mapHealthConnectSleep(session, { includeRaw });
    return { key: idempotencyKey(record.id), record };
  });
  const dailySummaries = mapHealthConnectDailySummaries(records, { includeRaw }).map((record) => {
    const { raw: _raw, ...values } = record;
    return { key: idempotencyKey(record.id, digest(values)), record };
  });
  return {
    format: format.name,
    payload,
    records,
    activities,
    sleep,
    dailySummaries,
    unmappedTypes,
  };
}
