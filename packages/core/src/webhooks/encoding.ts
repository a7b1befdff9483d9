/** How a signature or other binary value is written as text. */
export type BinaryEncoding = 'hex' | 'base64' | 'base64url';

const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL_RE = /^[A-Za-z0-9_-]*$/;

/**
 * Encodes a string as UTF-8 bytes (copying `Uint8Array` input so it is backed by an `ArrayBuffer`).
 *
 * @param value - Text or bytes.
 * @returns Bytes that WebCrypto accepts as a `BufferSource`.
 */
export function toBytes(value: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value);
}

/**
 * Writes bytes as text in the given encoding (base64 padded, base64url unpadded).
 *
 * @param bytes - The bytes.
 * @param encoding - `hex` (lowercase), `base64` or `base64url`.
 */
export function encodeBytes(bytes: Uint8Array, encoding: BinaryEncoding): string {
  if (encoding === 'hex') {
    let out = '';
    for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
    return out;
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64 = btoa(binary);
  return encoding === 'base64'
    ? base64
    : base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Reads text written by {@link encodeBytes}. Hex is case-insensitive; base64 padding is optional.
 * Returns `undefined` for text that is not valid in the encoding, or that is not the canonical
 * encoding of its bytes (so two different strings never decode to the same bytes).
 *
 * @param text - The encoded text.
 * @param encoding - `hex`, `base64` or `base64url`.
 */
export function decodeBytes(
  text: string,
  encoding: BinaryEncoding,
): Uint8Array<ArrayBuffer> | undefined {
  if (encoding === 'hex') {
    if (!HEX_RE.test(text)) return undefined;
    const bytes = new Uint8Array(text.length / 2);
    for (let index = 0; index < bytes.length; index++) {
      bytes[index] = Number.parseInt(text.slice(index * 2, index * 2 + 2), 16);
    }
    return bytes;
  }
  const valid = encoding === 'base64' ? BASE64_RE.test(text) : BASE64URL_RE.test(text);
  if (!valid) return undefined;
  const base64 = encoding === 'base64' ? text : text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  // atob ignores stray trailing bits; re-encoding rejects such non-canonical (altered) input.
  const canonical = encodeBytes(bytes, encoding);
  const unpadded = encoding === 'base64' ? text.replace(/=+$/, '') : text;
  return canonical.replace(/=+$/, '') === unpadded ? bytes : undefined;
}
