import type { HealthConnectFlatRecordsPayload } from '../schemas/flat-records.js';
import type { HealthConnectWebhookPayload } from '../schemas/webhook.js';
import { healthConnectFlatRecordsFormat } from './flat-records-format.js';
import type { HealthConnectFormat } from './format.js';
import { healthConnectWebhookFormat } from './webhook-format.js';

/** The exporter formats fitlink ships, by the name an app selects them with. */
export interface HealthConnectFormats {
  /** The HC Webhook app's JSON batch. */
  readonly 'hc-webhook': HealthConnectFormat<HealthConnectWebhookPayload>;
  /** The flat `records[]` contract. */
  readonly 'flat-records': HealthConnectFormat<HealthConnectFlatRecordsPayload>;
}

/**
 * The exporter formats fitlink ships, by name: `hc-webhook` (the HC Webhook app) and
 * `flat-records` (the flat `records[]` contract). A client takes a name or a format object.
 */
export const HEALTH_CONNECT_FORMATS: HealthConnectFormats = Object.freeze({
  'hc-webhook': healthConnectWebhookFormat,
  'flat-records': healthConnectFlatRecordsFormat,
});

/** The name of a format fitlink ships. */
export type HealthConnectFormatName = keyof typeof HEALTH_CONNECT_FORMATS;

/**
 * The format a name stands for, or the format object itself.
 *
 * @param format - A shipped format's name or any format.
 */
export function resolveHealthConnectFormat(
  format: HealthConnectFormatName | HealthConnectFormat<unknown>,
): HealthConnectFormat<unknown> {
  return typeof format === 'string'
    ? (HEALTH_CONNECT_FORMATS[format] as HealthConnectFormat<unknown>)
    : format;
}
