import {
  checkTimestamp,
  type HeadersLike,
  headerValue,
  readRawBody,
  validatePayload,
  verifyHmacSignature,
  WebhookVerificationError,
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
  /** The raw request body, exactly as received (not re-serialized JSON). */
  body: string | Uint8Array;
  /** The request headers. */
  headers: HeadersLike;
  /** How far the signed timestamp may be from now, in seconds. @defaultValue 300 */
  toleranceSeconds?: number;
  /** The current time, for tests. @defaultValue Date.now() */
  now?: number | Date;
}

function concat(prefix: string, body: string | Uint8Array): string | Uint8Array {
  if (typeof body === 'string') return prefix + body;
  const head = new TextEncoder().encode(prefix);
  const joined = new Uint8Array(head.length + body.length);
  joined.set(head);
  joined.set(body, head.length);
  return joined;
}

/**
 * Verifies a WHOOP webhook and returns its typed event. WHOOP signs
 * `X-WHOOP-Signature-Timestamp` + raw body with HMAC-SHA256 keyed by the client secret and sends
 * it base64 in `X-WHOOP-Signature`; the comparison is constant-time and a timestamp outside the
 * tolerance is refused as a replay. Answer 2xx quickly (within 10 s) and do the fetching later.
 *
 * @param options - Secret, raw body, headers, tolerance and clock.
 * @returns The verified event.
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `missing_timestamp`, `stale_timestamp`,
 * `missing_signature`, `bad_signature` or `malformed` (a body that is not JSON).
 * @throws {@link @fitlink/core!ValidationError} when the JSON is not a WHOOP event (with the issue paths).
 * @example
 * ```ts
 * import { verifyWhoopWebhook } from '@fitlink/whoop';
 *
 * export async function handle(request: Request): Promise<Response> {
 *   const body = await request.text();
 *   const event = await verifyWhoopWebhook({ clientSecret: 'your-client-secret', body, headers: request.headers });
 *   console.log(event.type, event.id);
 *   return new Response(null, { status: 204 });
 * }
 * ```
 * @see https://developer.whoop.com/docs/developing/webhooks
 */
export async function verifyWhoopWebhook(
  options: VerifyWhoopWebhookOptions,
): Promise<WhoopWebhookEvent> {
  const timestamp = headerValue(options.headers, WHOOP_SIGNATURE_TIMESTAMP_HEADER);
  checkTimestamp(timestamp, {
    unit: 'milliseconds',
    ...(options.toleranceSeconds !== undefined
      ? { toleranceSeconds: options.toleranceSeconds }
      : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  // The signed message is the timestamp header followed by the raw body, with no separator.
  await verifyHmacSignature({
    algorithm: 'SHA-256',
    secret: options.clientSecret,
    payload: concat(timestamp ?? '', options.body),
    signature: headerValue(options.headers, WHOOP_SIGNATURE_HEADER),
    encoding: 'base64',
  });
  const text =
    typeof options.body === 'string' ? options.body : new TextDecoder().decode(options.body);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('WHOOP webhook body is not JSON', {
      reason: 'malformed',
      provider: 'whoop',
    });
  }
  return parseWhoopWebhookEvent(json);
}

/**
 * Like {@link verifyWhoopWebhook}, reading the raw body from a standard `Request` (a clone, so
 * the request stays readable).
 *
 * @param request - The incoming webhook request.
 * @param options - Secret, tolerance and clock.
 * @throws {@link @fitlink/core!WebhookVerificationError} when the signature or timestamp does not verify.
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
  return verifyWhoopWebhook({
    ...options,
    body: await readRawBody(request),
    headers: request.headers,
  });
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
