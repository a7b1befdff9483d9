import {
  HEALTH_CONNECT_WEBHOOK_MAPPED_TYPES,
  type HealthConnectWebhookPayload,
  healthConnectWebhookPayloadSchema,
} from '../schemas/webhook.js';
import { defineHealthConnectFormat } from './format.js';

const ENVELOPE: ReadonlySet<string> = new Set(['timestamp', 'app_version']);
const MAPPED: ReadonlySet<string> = new Set(HEALTH_CONNECT_WEBHOOK_MAPPED_TYPES);

/**
 * The HC Webhook app's JSON batch (`com.hcwebhook.app`, mcnaveen/health-connect-webhook): typed
 * arrays per record type, UTC instants, SI units, a rolling 48-hour window re-sent with an
 * incremental watermark. Arrays fitlink does not map (`height`, `blood_pressure`, `nutrition`
 * …) pass and are reported in `unmappedTypes`.
 *
 * @see https://github.com/mcnaveen/health-connect-webhook/blob/main/docs/webhook.md
 */
export const healthConnectWebhookFormat = defineHealthConnectFormat<HealthConnectWebhookPayload>({
  name: 'hc-webhook',
  schema: healthConnectWebhookPayloadSchema,
  read(payload) {
    const records: Record<string, unknown> = {};
    const unmappedTypes: string[] = [];
    for (const [key, value] of Object.entries(payload)) {
      if (ENVELOPE.has(key) || value === undefined) continue;
      if (MAPPED.has(key)) records[key] = value;
      else unmappedTypes.push(key);
    }
    return { records: records as HealthConnectWebhookPayload, unmappedTypes: unmappedTypes.sort() };
  },
});
