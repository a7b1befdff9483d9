import { WebhookVerificationError } from '../errors/index.js';
import { timingSafeEqual } from './constant-time.js';
import { type BinaryEncoding, decodeBytes } from './encoding.js';
import { type HmacAlgorithm, hmac } from './hmac.js';
import { checkBodySize } from './raw-body.js';

/** What {@link verifyHmacSignature} checks: a received signature against the raw payload. */
export interface VerifyHmacSignatureOptions {
  /** The provider's hash function. */
  algorithm: HmacAlgorithm;
  /** The webhook signing secret shared with the provider. */
  secret: string | Uint8Array;
  /** The exact bytes the provider signed, usually the raw request body (see `readRawBodyBytes`). */
  payload: string | Uint8Array;
  /** The received signature, usually a header value; missing or empty fails with `missing_signature`. */
  signature: string | null | undefined;
  /** How the provider encodes the signature. Hex is compared case-insensitively. */
  encoding: BinaryEncoding;
  /**
   * A scheme prefix the header carries before the signature, such as `sha256=`; a signature
   * without it fails with `bad_signature`.
   * @defaultValue no prefix
   */
  prefix?: string;
  /**
   * The largest payload verified, in bytes (a string is measured as UTF-8). A larger payload
   * fails with code `webhook_body_too_large` (reason `malformed`) before any HMAC work.
   * @defaultValue 1048576 (1 MiB, `DEFAULT_WEBHOOK_MAX_BODY_BYTES`)
   */
  maxPayloadBytes?: number;
}

/**
 * Verifies an HMAC webhook signature in constant time.
 *
 * @param options - Algorithm, secret, payload, received signature, its encoding and prefix.
 * @throws {@link WebhookVerificationError} with code `webhook_body_too_large` (reason
 * `malformed`) when the payload exceeds `maxPayloadBytes`, reason `missing_signature` when there
 * is no signature, or `bad_signature` when it is malformed or does not match.
 * @throws {@link FitlinkError} with code `invalid_argument` when the secret is empty or
 * `maxPayloadBytes` is not a positive integer.
 *
 * @example
 * ```ts
 * await verifyHmacSignature({
 *   algorithm: 'SHA-256',
 *   secret: process.env.WEBHOOK_SECRET,
 *   payload: await readRawBodyBytes(request),
 *   signature: request.headers.get('x-hub-signature-256'),
 *   encoding: 'hex',
 *   prefix: 'sha256=',
 * });
 * ```
 */
export async function verifyHmacSignature(options: VerifyHmacSignatureOptions): Promise<void> {
  const { signature, prefix = '' } = options;
  checkBodySize(
    options.payload,
    options.maxPayloadBytes !== undefined ? { maxBodyBytes: options.maxPayloadBytes } : {},
  );
  if (signature === null || signature === undefined || signature.trim() === '') {
    throw new WebhookVerificationError('Webhook signature is missing', {
      reason: 'missing_signature',
    });
  }
  const expected = await hmac(options.algorithm, options.secret, options.payload);
  const trimmed = signature.trim();
  const received = trimmed.startsWith(prefix)
    ? decodeBytes(trimmed.slice(prefix.length), options.encoding)
    : undefined;
  // Compare even when the signature is malformed, so a malformed one takes the same time.
  const matches = timingSafeEqual(received ?? new Uint8Array(0), expected);
  if (received === undefined || !matches) {
    throw new WebhookVerificationError('Webhook signature does not match the payload', {
      reason: 'bad_signature',
    });
  }
}

/**
 * Like {@link verifyHmacSignature}, but answers `true` or `false` instead of throwing.
 *
 * @param options - Algorithm, secret, payload, received signature, its encoding and prefix.
 * @returns Whether the signature is present and matches the payload (`false` for a payload over
 * `maxPayloadBytes`).
 * @throws {@link FitlinkError} with code `invalid_argument` when the secret is empty.
 *
 * @example
 * ```ts
 * if (!(await isValidHmacSignature({ algorithm: 'SHA-256', secret, payload, signature, encoding: 'base64' }))) {
 *   return new Response(null, { status: 401 });
 * }
 * ```
 */
export async function isValidHmacSignature(options: VerifyHmacSignatureOptions): Promise<boolean> {
  try {
    await verifyHmacSignature(options);
    return true;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return false;
    throw error;
  }
}
