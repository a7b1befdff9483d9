import { encodeSignature, hmac } from '@fitlink/core';
import type { PolarV3WebhookEvent } from '../schemas/v3-exercise.js';
import { POLAR_EVENT_HEADER, POLAR_SIGNATURE_HEADER } from '../webhooks.js';

/** Options of {@link createPolarWebhookRequest}. */
export interface PolarWebhookRequestOptions {
  /** The webhook's `signature_secret_key`. */
  signatureSecretKey: string;
  /** The event to send (or a raw body string). */
  event: PolarV3WebhookEvent | string;
  /** Where it is posted. @defaultValue 'https://app.sandbox.fitlink.test/webhooks/polar' */
  url?: string;
}

/**
 * Builds an AccessLink v3 webhook request as Polar sends it: JSON body, `Polar-Webhook-Event`
 * and `Polar-Webhook-Signature` = lowercase hex HMAC-SHA256(signature secret key, body).
 *
 * @param options - Secret, event and URL.
 * @example
 * ```ts
 * import { createPolarWebhookRequest } from '@fitlink/polar/testing';
 *
 * const request = await createPolarWebhookRequest({
 *   signatureSecretKey: 'sandbox-webhook-secret',
 *   event: { event: 'EXERCISE', user_id: 38101774, entity_id: 'aQlC83', timestamp: '2026-11-20T12:00:00Z' },
 * });
 * ```
 */
export async function createPolarWebhookRequest(
  options: PolarWebhookRequestOptions,
): Promise<Request> {
  const body = typeof options.event === 'string' ? options.event : JSON.stringify(options.event);
  const type = typeof options.event === 'string' ? 'UNKNOWN' : options.event.event;
  const signature = encodeSignature(await hmac('SHA-256', options.signatureSecretKey, body), 'hex');
  return new Request(options.url ?? 'https://app.sandbox.fitlink.test/webhooks/polar', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [POLAR_EVENT_HEADER]: type,
      [POLAR_SIGNATURE_HEADER]: signature,
    },
    body,
  });
}
