import { WebhookVerificationError } from '../errors/index.js';
import type { BinaryEncoding } from './encoding.js';
import type { HmacAlgorithm } from './hmac.js';
import { checkBodySize, type HeadersLike, headerValue } from './raw-body.js';
import { checkTimestamp, type TimestampUnit } from './timestamp.js';
import { verifyHmacSignature } from './verify-signature.js';

/** Options of {@link verifyTimestampedHmacWebhook}. */
export interface VerifyTimestampedHmacWebhookOptions {
  /** The provider id put on errors (`whoop`, `oura` …). */
  readonly provider: string;
  /** The key the provider signs with (the app's client secret). */
  readonly secret: string;
  /** The raw body exactly as received (a string is encoded as UTF-8). */
  readonly body: string | Uint8Array;
  /** The request headers. */
  readonly headers: HeadersLike;
  /** The header carrying the signature. */
  readonly signatureHeader: string;
  /** The header carrying the signed timestamp. */
  readonly timestampHeader: string;
  /** How the signature is written (`hex` compares in either case). */
  readonly encoding: BinaryEncoding;
  /** The timestamp's unit. */
  readonly timestampUnit: TimestampUnit;
  /** @defaultValue `'SHA-256'` */
  readonly algorithm?: HmacAlgorithm;
  /** How far the timestamp may be from now. @defaultValue 300 */
  readonly toleranceSeconds?: number | undefined;
  /** The current time, for tests. @defaultValue Date.now() */
  readonly now?: number | Date | undefined;
  /** The largest body accepted. @defaultValue 1048576 (1 MiB) */
  readonly maxBodyBytes?: number | undefined;
}

/**
 * Verifies the scheme WHOOP and Oura share: an HMAC of the timestamp header's bytes followed by
 * the raw body's bytes (no separator), keyed by the client secret. In order: the body size
 * (before any other work), the timestamp (a replay outside the tolerance is refused), the
 * signature in constant time, then the body decoded as `request.json()` would (UTF-8, a leading
 * BOM dropped) and parsed.
 *
 * @param options - The provider's headers, encoding and timestamp unit, and the request.
 * @returns The parsed JSON body, for the provider's own event schema.
 * @throws {@link WebhookVerificationError} with reason `missing_timestamp`, `stale_timestamp`,
 * `missing_signature`, `bad_signature` or `malformed` (too large, not JSON).
 * @example
 * ```ts
 * const json = await verifyTimestampedHmacWebhook({
 *   provider: 'whoop', secret: clientSecret, body: rawBody, headers,
 *   signatureHeader: 'x-whoop-signature', timestampHeader: 'x-whoop-signature-timestamp',
 *   encoding: 'base64', timestampUnit: 'milliseconds',
 * });
 * ```
 */
export async function verifyTimestampedHmacWebhook(
  options: VerifyTimestampedHmacWebhookOptions,
): Promise<unknown> {
  checkBodySize(options.body, {
    provider: options.provider,
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  const timestamp = headerValue(options.headers, options.timestampHeader);
  checkTimestamp(timestamp, {
    unit: options.timestampUnit,
    ...(options.toleranceSeconds !== undefined
      ? { toleranceSeconds: options.toleranceSeconds }
      : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  const encoder = new TextEncoder();
  const head = encoder.encode(timestamp ?? '');
  const tail = typeof options.body === 'string' ? encoder.encode(options.body) : options.body;
  const payload = new Uint8Array(head.length + tail.length);
  payload.set(head);
  payload.set(tail, head.length);
  // The body's size was checked above; this limit only has to cover the timestamp too.
  await verifyHmacSignature({
    algorithm: options.algorithm ?? 'SHA-256',
    secret: options.secret,
    payload,
    signature: headerValue(options.headers, options.signatureHeader),
    encoding: options.encoding,
    maxPayloadBytes: Math.max(1, payload.byteLength),
  });
  const text =
    typeof options.body === 'string'
      ? options.body.replace(/^\uFEFF/, '')
      : new TextDecoder().decode(options.body);
  try {
    return JSON.parse(text);
  } catch {
    throw new WebhookVerificationError(`${options.provider} webhook body is not JSON`, {
      reason: 'malformed',
      provider: options.provider,
    });
  }
}
