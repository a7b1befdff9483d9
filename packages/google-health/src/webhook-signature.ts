import { decodeBytes, ErrorCodes, FitlinkError } from '@fitlink/core';

/** A copy of `bytes` (or the UTF-8 of a string) on its own `ArrayBuffer`, as WebCrypto wants. */
export function ownBytes(value: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof value === 'string') return new TextEncoder().encode(value);
  const copy = new Uint8Array(value.length);
  copy.set(value);
  return copy;
}

/** Google Health's notification signing key: a P-256 public key as PEM (SPKI), JWK or `CryptoKey`. */
export type GoogleHealthWebhookPublicKey = string | JsonWebKey | CryptoKey;

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** Imports the public key for ECDSA P-256 verification. */
export async function importGoogleHealthPublicKey(
  key: GoogleHealthWebhookPublicKey,
): Promise<CryptoKey> {
  if (typeof key === 'string') {
    const base64 = key.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
    const der = decodeBytes(base64, 'base64');
    if (!der) {
      throw new FitlinkError('google-health: the webhook public key is not PEM or base64 SPKI', {
        code: ErrorCodes.invalidArgument,
        provider: 'google-health',
      });
    }
    return crypto.subtle.importKey('spki', der, ECDSA, false, ['verify']);
  }
  if ('kty' in key || 'crv' in key || 'x' in key) {
    return crypto.subtle.importKey('jwk', key as JsonWebKey, ECDSA, false, ['verify']);
  }
  return key as CryptoKey;
}

/**
 * An ECDSA signature as WebCrypto wants it (IEEE P1363 `r || s`, 64 bytes for P-256), from
 * either that form or ASN.1 DER (`SEQUENCE { INTEGER r, INTEGER s }`), the usual encoding.
 * Returns `undefined` for anything else.
 */
export function toP1363(signature: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  if (signature.length === 64) return ownBytes(signature);
  if (signature[0] !== 0x30 || signature.length < 8) return undefined;
  let offset = 2;
  if ((signature[1] ?? 0) & 0x80) offset = 2 + ((signature[1] ?? 0) & 0x7f);
  const read = (): Uint8Array | undefined => {
    if (signature[offset] !== 0x02) return undefined;
    const length = signature[offset + 1] ?? 0;
    const start = offset + 2;
    const value = signature.subarray(start, start + length);
    if (value.length !== length) return undefined;
    offset = start + length;
    // Strip the sign byte, left-pad to 32 bytes.
    let trimmed = value;
    while (trimmed.length > 32 && trimmed[0] === 0) trimmed = trimmed.subarray(1);
    if (trimmed.length > 32) return undefined;
    const padded = new Uint8Array(32);
    padded.set(trimmed, 32 - trimmed.length);
    return padded;
  };
  const r = read();
  const s = read();
  if (!r || !s || offset !== signature.length) return undefined;
  const out = new Uint8Array(64);
  out.set(r, 0);
  out.set(s, 32);
  return out;
}

/**
 * Whether `signature` (base64, DER or raw) is a valid ECDSA P-256 / SHA-256 signature of
 * `body`'s exact bytes under `key`.
 */
export async function isValidGoogleHealthSignature(
  key: CryptoKey,
  signature: string,
  body: Uint8Array,
): Promise<boolean> {
  const text = signature.trim();
  const bytes = decodeBytes(text, /[-_]/.test(text) ? 'base64url' : 'base64');
  if (!bytes) return false;
  const raw = toP1363(bytes);
  if (!raw) return false;
  return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, ownBytes(body));
}
