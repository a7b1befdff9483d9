import type * as zc from 'zod/v4/core';
import type { HealthConnectRecordSet } from '../schemas/records.js';

/** What a format reads out of a validated batch. */
export interface HealthConnectFormatRecords {
  /** The record arrays fitlink maps, in HC Webhook's shape (UTC, SI units). */
  readonly records: HealthConnectRecordSet;
  /** Record types the batch holds that fitlink does not map (accepted and reported). */
  readonly unmappedTypes: readonly string[];
}

/**
 * One exporter app's batch format: the schema of its JSON body and how its records are read
 * into {@link HealthConnectRecordSet}. Formats are independent of each other: an app adds its
 * own with {@link defineHealthConnectFormat} and passes it as the client's `format`.
 */
export interface HealthConnectFormat<TPayload = unknown> {
  /** The format's name, as the app selects it (`hc-webhook`, `flat-records` …). */
  readonly name: string;
  /** Schema of the whole JSON body. */
  readonly schema: zc.$ZodType<TPayload>;
  /**
   * Reads the validated body into record arrays.
   * @throws ValidationError when a record cannot be read (a unit it does not know …).
   */
  read(payload: TPayload): HealthConnectFormatRecords;
}

/**
 * Declares an exporter format, checking its shape at compile time and freezing it.
 *
 * @param format - Name, schema and reader.
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { defineHealthConnectFormat } from '@fitlink/health-connect';
 *
 * const stepsOnly = defineHealthConnectFormat({
 *   name: 'steps-only',
 *   schema: z.object({ day: z.string(), steps: z.number() }),
 *   read: (body) => ({
 *     records: { steps: [{ count: body.steps, start_time: `${body.day}T00:00:00Z`, end_time: `${body.day}T23:59:59Z` }] },
 *     unmappedTypes: [],
 *   }),
 * });
 * ```
 */
export function defineHealthConnectFormat<TPayload>(
  format: HealthConnectFormat<TPayload>,
): HealthConnectFormat<TPayload> {
  return Object.freeze(format);
}
