import { encodeSignature, hmac } from '@fitlink/core';
import type { WhoopWebhookEvent } from '../schemas/webhook.js';
import { WHOOP_SIGNATURE_HEADER, WHOOP_SIGNATURE_TIMESTAMP_HEADER } from '../webhooks.js';

/** Options of {@link createWhoopWebhookRequest}. */
export interface WhoopWebhookRequestOptions {
  /** The app's client secret. */
  clientSecret: string;
  /** The event to send (or a raw body string). */
  event: WhoopWebhookEvent | string;
  /** The signed timestamp, epoch ms. @defaultValue Date.now() */
  timestamp?: number;
  /** Where it is posted. @defaultValue 'https://app.sandbox.fitlink.test/webhooks/whoop' */
  url?: string;
}

/**
 * Builds a webhook request as WHOOP sends it: JSON body, `X-WHOOP-Signature-Timestamp` in epoch
 * ms and `X-WHOOP-Signature` = base64 HMAC-SHA256(client secret, timestamp + body).
 *
 * @param options - Secret, event, timestamp and URL.
 * @example
 * ```ts
 * import { createWhoopWebhookRequest } from '@fitlink/whoop/testing';
 *
 * const request = await createWhoopWebhookRequest({
 *   clientSecret: 'sandbox-secret',
 *   event: { user_id: 4821907, id: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8', type: 'workout.updated', trace_id: 't-1' },
 * });
 * ```
 */
export async function createWhoopWebhookRequest(
  options: WhoopWebhookRequestOptions,
): Promise<Request> {
  const body = typeof options.event === 'string' ? options.event : JSON.stringify(options.event);
  const timestamp = String(options.timestamp ?? Date.now());
  const signature = encodeSignature(
    await hmac('SHA-256', options.clientSecret, timestamp + body),
    'base64',
  );
  return new Request(options.url ?? 'https://app.sandbox.fitlink.test/webhooks/whoop', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [WHOOP_SIGNATURE_HEADER]: signature,
      [WHOOP_SIGNATURE_TIMESTAMP_HEADER]: timestamp,
    },
    body,
  });
}
