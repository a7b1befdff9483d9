import {
  checkBodySize,
  type HeadersLike,
  headerValue,
  readRawBodyBytes,
  validatePayload,
  verifyHmacSignature,
  WebhookVerificationError,
} from '@fitlink/core';
import { type PolarV3WebhookEvent, polarV3WebhookEventSchema } from './schemas/v3-exercise.js';

/** The header of an AccessLink v3 webhook's signature: lowercase hex HMAC-SHA256 of the body. */
export const POLAR_SIGNATURE_HEADER = 'polar-webhook-signature';

/** The header naming the event type (`EXERCISE`, `SLEEP`, `PING` …). */
export const POLAR_EVENT_HEADER = 'polar-webhook-event';

/** Options of {@link verifyPolarWebhook}. */
export interface VerifyPolarWebhookOptions {
  /** The webhook's `signature_secret_key`, shown once when the webhook was created. */
  signatureSecretKey: string;
  /**
   * The raw request body, exactly as received. Polar signs the body's bytes: pass them as a
   * `Uint8Array` when you have them; a string is encoded as UTF-8.
   */
  body: string | Uint8Array;
  /** The request headers. */
  headers: HeadersLike;
  /**
   * Refuse events whose body `timestamp` is further than this from now, in seconds (Polar sends
   * no signed timestamp header; the body's is covered by the signature). @defaultValue no check
   */
  toleranceSeconds?: number;
  /** The current time, for tests. @defaultValue Date.now() */
  now?: number | Date;
  /** The largest body accepted, in bytes. @defaultValue 1048576 */
  maxBodyBytes?: number;
}

/**
 * Verifies an AccessLink v3 webhook delivery: `Polar-Webhook-Signature` must be the hex
 * HMAC-SHA256 of the raw body keyed with the webhook's `signature_secret_key` (compared in
 * constant time), then the body is parsed into a typed event. v4 documents no webhooks.
 *
 * @param options - Secret, raw body, headers, optional replay window.
 * @returns The verified event (`PING` included: answer it 200).
 * @throws {@link @fitlink/core!WebhookVerificationError} on a missing or wrong signature, a body
 *   that is not JSON, or a timestamp outside the window.
 * @throws {@link @fitlink/core!ValidationError} when the event does not match its schema.
 * @example
 * ```ts
 * import { verifyPolarWebhook } from '@fitlink/polar';
 *
 * declare const rawBody: Uint8Array;
 * declare const headers: Headers;
 * const event = await verifyPolarWebhook({ signatureSecretKey: 'secret', body: rawBody, headers });
 * ```
 * @see https://www.polar.com/accesslink-api/#webhook-delivery
 */
export async function verifyPolarWebhook(
  options: VerifyPolarWebhookOptions,
): Promise<PolarV3WebhookEvent> {
  checkBodySize(options.body, {
    provider: 'polar',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  await verifyHmacSignature({
    algorithm: 'SHA-256',
    secret: options.signatureSecretKey,
    payload: options.body,
    signature: headerValue(options.headers, POLAR_SIGNATURE_HEADER),
    encoding: 'hex',
  });
  const text =
    typeof options.body === 'string'
      ? options.body.replace(/^\uFEFF/, '')
      : new TextDecoder().decode(options.body);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('Polar webhook body is not JSON', {
      reason: 'malformed',
      provider: 'polar',
    });
  }
  const event = parsePolarWebhookEvent(json);
  if (options.toleranceSeconds !== undefined) {
    const now =
      options.now === undefined
        ? Date.now()
        : typeof options.now === 'number'
          ? options.now
          : options.now.getTime();
    const at = Date.parse(event.timestamp);
    if (!Number.isFinite(at) || Math.abs(now - at) > options.toleranceSeconds * 1000) {
      throw new WebhookVerificationError('Polar webhook timestamp is outside the allowed window', {
        reason: 'stale_timestamp',
        provider: 'polar',
      });
    }
  }
  return event;
}

/**
 * {@link verifyPolarWebhook} on a standard `Request`: reads the raw body (up to the limit) and
 * verifies it.
 *
 * @param request - The incoming request.
 * @param options - Secret and replay window.
 * @throws {@link @fitlink/core!WebhookVerificationError} as {@link verifyPolarWebhook} does.
 * @example
 * ```ts
 * const event = await verifyPolarWebhookRequest(request, { signatureSecretKey: 'secret' });
 * ```
 */
export async function verifyPolarWebhookRequest(
  request: Request,
  options: Omit<VerifyPolarWebhookOptions, 'body' | 'headers'>,
): Promise<PolarV3WebhookEvent> {
  const body = await readRawBodyBytes(request, {
    provider: 'polar',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  return verifyPolarWebhook({ ...options, body, headers: request.headers });
}

/**
 * Parses an already verified v3 webhook body into a typed event.
 *
 * @param payload - The decoded JSON body.
 * @throws {@link @fitlink/core!ValidationError} when it does not match the event schema.
 * @example
 * ```ts
 * const event = parsePolarWebhookEvent({ event: 'PING', timestamp: '2026-11-20T12:00:00Z' });
 * ```
 */
export function parsePolarWebhookEvent(payload: unknown): PolarV3WebhookEvent {
  return validatePayload(polarV3WebhookEventSchema, payload, {
    provider: 'polar',
    endpoint: 'webhook',
  });
}
