import { encodeSignature, hmac } from '@fitlink/core';
import type { OuraWebhookEvent } from '../schemas/webhook.js';
import { OURA_SIGNATURE_HEADER, OURA_TIMESTAMP_HEADER } from '../webhooks.js';

/** Options of {@link createOuraWebhookRequest}. */
export interface OuraWebhookRequestOptions {
  /** The app's client secret. */
  clientSecret: string;
  /** The event to send (or a raw body string, signed as it is). */
  event: OuraWebhookEvent | string;
  /** The signed timestamp, epoch seconds. @defaultValue now */
  timestamp?: number;
  /** Where it is posted. @defaultValue 'https://app.sandbox.fitlink.test/webhooks/oura' */
  url?: string;
}

/**
 * Builds a webhook request as Oura sends it: JSON body, `x-oura-timestamp` in epoch seconds and
 * `x-oura-signature` = upper-case hex HMAC-SHA256(client secret, timestamp + body).
 *
 * @param options - Secret, event, timestamp and URL.
 * @example
 * ```ts
 * import { createOuraWebhookRequest } from '@fitlink/oura/testing';
 *
 * const request = await createOuraWebhookRequest({
 *   clientSecret: 'sandbox-secret',
 *   event: { event_type: 'create', data_type: 'workout', object_id: 'w1', event_time: '2026-11-20T08:00:00+00:00', user_id: 'sandbox-user-1' },
 * });
 * ```
 */
export async function createOuraWebhookRequest(
  options: OuraWebhookRequestOptions,
): Promise<Request> {
  const body = typeof options.event === 'string' ? options.event : JSON.stringify(options.event);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = encodeSignature(
    await hmac('SHA-256', options.clientSecret, timestamp + body),
    'hex',
  ).toUpperCase();
  return new Request(options.url ?? 'https://app.sandbox.fitlink.test/webhooks/oura', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [OURA_SIGNATURE_HEADER]: signature,
      [OURA_TIMESTAMP_HEADER]: timestamp,
    },
    body,
  });
}
