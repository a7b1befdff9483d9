import type { HealthConnectFlatRecordsPayload } from '../schemas/flat-records.js';
import type { HealthConnectWebhookPayload } from '../schemas/webhook.js';

/** Options of {@link pushHealthConnectBatches}. */
export interface PushHealthConnectOptions {
  /** The app's ingest endpoint, as the user typed it into the exporter app. */
  url: string | URL;
  /** The batches to send, in order. */
  batches: readonly (HealthConnectWebhookPayload | HealthConnectFlatRecordsPayload)[];
  /**
   * The custom headers the user configured in the exporter app (HC Webhook has no built-in
   * auth: the key goes in a header such as `Authorization: Bearer fhc_…`).
   */
  headers?: Readonly<Record<string, string>>;
  /** The fetch to send with. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
}

/** What the endpoint answered to each batch. */
export interface PushHealthConnectResult {
  /** HTTP status per batch, in order. */
  readonly statuses: readonly number[];
}

/**
 * Plays the HC Webhook app: POSTs each batch as UTF-8 JSON with
 * `Content-Type: application/json; charset=utf-8` and the user's custom headers, one after the
 * other, as a sync does.
 *
 * @param options - Endpoint, batches, headers.
 * @example
 * ```ts
 * import { createHealthConnectFake, pushHealthConnectBatches } from '@fitlink/health-connect/testing';
 * const { batches } = createHealthConnectFake({ days: 3 });
 * await pushHealthConnectBatches({ url: 'http://127.0.0.1:8080/ingest/health-connect', batches, headers: { authorization: 'Bearer fhc_…' } });
 * ```
 */
export async function pushHealthConnectBatches(
  options: PushHealthConnectOptions,
): Promise<PushHealthConnectResult> {
  const send = options.fetch ?? globalThis.fetch;
  const statuses: number[] = [];
  for (const batch of options.batches) {
    const response = await send(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
      body: JSON.stringify(batch),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return { statuses };
}
