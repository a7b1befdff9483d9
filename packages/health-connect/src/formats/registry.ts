import { healthConnectFlatRecordsFormat } from './flat-records-format.js';
import type { HealthConnectFormat } from './format.js';
import { healthConnectWebhookFormat } from './webhook-format.js';

/**
 * The exporter formats fitlink ships, by name: `hc-webhook` (the HC Webhook app) and
 * `flat-records` (the flat `records[]` contract). A client takes a name or a format object.
 */
export const HEALTH_CONNECT_FORMATS = Object.freeze({
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
