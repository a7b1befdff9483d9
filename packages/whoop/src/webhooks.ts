import {
  type HeadersLike,
  readRawBodyBytes,
  validatePayload,
  verifyTimestampedHmacWebhook,
} from '@fitlink/core';
import { type WhoopWebhookEvent, whoopWebhookEventSchema } from './schemas/webhook.js';

/** The header carrying the base64 HMAC-SHA256 signature. */
export const WHOOP_SIGNATURE_HEADER = 'x-whoop-signature';

/** The header carrying the signed timestamp, epoch milliseconds. */
export const WHOOP_SIGNATURE_TIMESTAMP_HEADER = 'x-whoop-signature-timestamp';

/** Options of {@link verifyWhoopWebhook}. */
export interface VerifyWhoopWebhookOptions {
  /** The app's client secret: WHOOP signs webhooks with it. */
  clientSecret: string;
  /**
   * The raw request body, exactly as received (not re-serialized JSON). WHOOP signs the body's
   * bytes: pass them as a `Uint8Array` when you have them. A string is encoded as UTF-8, which
   * gives back the signed bytes only when the body was valid UTF-8 and its BOM (if any) was kept.
   */
  body: string | Uint8Array;
  /** The request headers. */
  headers: HeadersLike;
  /** How far the signed timestamp may be from now, in seconds. @defaultValue 300 */
  toleranceSeconds?: number;
  /** The current time, for tests. @defaultValue Date.now() */
  now?: number | Date;
  /**
   * The largest body accepted, in bytes. A larger body fails with code `webhook_body_too_large`
   * (reason `malformed`) before the timestamp or signature is looked at; a `Request` body is not
   * read past the limit. WHOOP's events are a few hundred bytes.
   * @defaultValue 1048576 (1 MiB, `DEFAULT_WEBHOOK_MAX_BODY_BYTES`)
   */
  maxBodyBytes?: number;
}

/**
 * Verifies a WHOOP webhook and returns its typed event. WHOOP signs
 * `X-WHOOP-Signature-Timestamp` + raw body with HMAC-SHA256 keyed by the client secret and sends
 * it base64 in `X-WHOOP-Signature`; the MAC is computed over the body's raw bytes (a BOM or
 * invalid UTF-8 included), the comparison is constant-time and a timestamp outside the
 * tolerance is refused as a replay. The verified body is then decoded as `request.json()` does
 * (UTF-8, BOM dropped). Answer 2xx quickly (within 10 s) and do the fetching later.
 *
 * @param options - Secret, raw body, headers, tolerance, clock and body size limit.
 * @returns The verified event.
 * @throws {@link @fitlink/core!WebhookVerificationError} with code `webhook_body_too_large`
 * (reason `malformed`) for a body over `maxBodyBytes`, or reason `missing_timestamp`,
 * `stale_timestamp`, `missing_signature`, `bad_signature` or `malformed` (a body that is not JSON).
 * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `maxBodyBytes` is
 * not a positive integer or the client secret is empty.
 * @throws {@link @fitlink/core!ValidationError} when the JSON is not a WHOOP event (with the issue paths).
 * @example
 * ```ts
 * import type { IncomingHttpHeaders } from 'node:http';
 * import { verifyWhoopWebhook } from '@fitlink/whoop';
 *
 * // `rawBody`: the bytes as received (e.g. `express.raw({ type: 'application/json', limit: '1mb' })`), never re-serialized JSON.
 * export async function handle(rawBody: Uint8Array, headers: IncomingHttpHeaders): Promise<number> {
 *   const event = await verifyWhoopWebhook({ clientSecret: 'your-client-secret', body: rawBody, headers });
 *   console.log(event.type, event.id);
 *   return 204;
 * }
 * ```
 * @see https://developer.whoop.com/docs/developing/webhooks
 */
export async function verifyWhoopWebhook(
  options: VerifyWhoopWebhookOptions,
): Promise<WhoopWebhookEvent> {
  const json = await verifyTimestampedHmacWebhook({
    provider: 'whoop',
    secret: options.clientSecret,
    body: options.body,
    headers: options.headers,
    signatureHeader: WHOOP_SIGNATURE_HEADER,
    timestampHeader: WHOOP_SIGNATURE_TIMESTAMP_HEADER,
    encoding: 'base64',
    timestampUnit: 'milliseconds',
    toleranceSeconds: options.toleranceSeconds,
    now: options.now,
    maxBodyBytes: options.maxBodyBytes,
  });
  return parseWhoopWebhookEvent(json);
}

/**
 * Like {@link verifyWhoopWebhook}, reading the raw body's bytes from a standard `Request` (a
 * clone, so the request stays readable) as a stream that stops at `maxBodyBytes`.
 *
 * @param request - The incoming webhook request.
 * @param options - Secret, tolerance, clock and body size limit.
 * @throws {@link @fitlink/core!WebhookVerificationError} when the body is too large (code
 * `webhook_body_too_large`) or the signature or timestamp does not verify.
 * @throws {@link @fitlink/core!ValidationError} when the body is not a WHOOP event.
 * @example
 * ```ts
 * import { verifyWhoopWebhookRequest } from '@fitlink/whoop';
 *
 * export async function POST(request: Request): Promise<Response> {
 *   const event = await verifyWhoopWebhookRequest(request, { clientSecret: 'your-client-secret' });
 *   console.log(event.type);
 *   return new Response(null, { status: 204 });
 * }
 * ```
 */
export async function verifyWhoopWebhookRequest(
  request: Request,
  options: Omit<VerifyWhoopWebhookOptions, 'body' | 'headers'>,
): Promise<WhoopWebhookEvent> {
  const body = await readRawBodyBytes(request, {
    provider: 'whoop',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  return verifyWhoopWebhook({ ...options, body, headers: request.headers });
}

/**
 * Validates an already verified webhook body as a typed WHOOP event.
 *
 * @param payload - The decoded JSON body.
 * @throws {@link @fitlink/core!ValidationError} listing each issue with its path.
 * @example
 * ```ts
 * import { parseWhoopWebhookEvent } from '@fitlink/whoop';
 *
 * const event = parseWhoopWebhookEvent({ user_id: 10129, id: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8', type: 'sleep.updated', trace_id: 't-1' });
 * ```
 */
export function parseWhoopWebhookEvent(payload: unknown): WhoopWebhookEvent {
  return validatePayload(whoopWebhookEventSchema, payload, {
    provider: 'whoop',
    endpoint: 'webhook',
  });
}
