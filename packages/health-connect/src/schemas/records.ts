import type { HealthConnectWebhookMappedType, HealthConnectWebhookPayload } from './webhook.js';

/**
 * The record arrays fitlink maps, in HC Webhook's shape (UTC instants, SI units): what every
 * export format is read into before the mappers run. A format fills the arrays it has.
 */
export type HealthConnectRecordSet = Pick<
  HealthConnectWebhookPayload,
  HealthConnectWebhookMappedType
>;
