import { ErrorCodes, FitlinkError } from '../errors/index.js';
import { type BinaryEncoding, encodeBytes, toBytes } from './encoding.js';

/** A hash function for HMAC, as WebCrypto names it. */
export type HmacAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

/**
 * Computes an HMAC over `data` with WebCrypto. Strings are encoded as UTF-8.
 *
 * @param algorithm - `SHA-1`, `SHA-256` or `SHA-512`.
 * @param secret - The shared secret (text or bytes); must not be empty.
 * @param data - The signed content, usually the raw request body.
 * @returns The MAC bytes.
 * @throws {@link FitlinkError} with code `invalid_argument` when the secret is empty.
 *
 * @example
 * ```ts
 * const mac = await hmac('SHA-256', webhookSecret, rawBody);
 * const header = encodeSignature(mac, 'hex');
 * ```
 */
export async function hmac(
  algorithm: HmacAlgorithm,
  secret: string | Uint8Array,
  data: string | Uint8Array,
): Promise<Uint8Array> {
  const keyBytes = toBytes(secret);
  if (keyBytes.length === 0) {
    throw new FitlinkError('HMAC secret must not be empty', { code: ErrorCodes.invalidArgument });
  }
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    keyBytes,
    { name: 'HMAC', hash: algorithm },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, toBytes(data));
  return new Uint8Array(mac);
}

/**
 * Writes signature bytes the way a provider sends them in a header.
 *
 * @param bytes - The MAC, as returned by {@link hmac}.
 * @param encoding - `hex` (lowercase), `base64` (padded) or `base64url` (unpadded).
 *
 * @example
 * ```ts
 * encodeSignature(await hmac('SHA-256', secret, body), 'base64');
 * ```
 */
export function encodeSignature(bytes: Uint8Array, encoding: BinaryEncoding): string {
  return encodeBytes(bytes, encoding);
}
