import { ErrorCodes, FitlinkError } from '../errors/index.js';
import { decodeBytes, encodeBytes } from '../webhooks/encoding.js';

/** The length of an AES-256 key, in bytes. */
export const TOKEN_KEY_BYTES = 32;

const KEY_ID_RE = /^[A-Za-z0-9_:-]{1,64}$/;

/** One encryption key of an {@link EncryptedTokenStore}, named by an id stored with each ciphertext. */
export interface TokenKey {
  /** The key id (1–64 of `A-Z a-z 0-9 _ - :`), written in clear beside each ciphertext. */
  id: string;
  /**
   * The AES-256 key: 32 raw bytes, those bytes in base64 (as {@link generateTokenKey} returns),
   * or an AES-GCM 256-bit `CryptoKey` usable to encrypt and decrypt.
   */
  key: CryptoKey | Uint8Array | string;
}

/**
 * Generates a random AES-256 key for an {@link EncryptedTokenStore}, as base64 of 32 bytes.
 * Keep it in a secrets manager, not beside the tokens.
 *
 * @returns 44 characters of base64.
 *
 * @example
 * ```ts
 * const key = generateTokenKey(); // store as TOKEN_KEY_2025_01
 * ```
 */
export function generateTokenKey(): string {
  return encodeBytes(globalThis.crypto.getRandomValues(new Uint8Array(TOKEN_KEY_BYTES)), 'base64');
}

/**
 * Checks a configured key and returns its material ready to import: raw bytes (copied) or the
 * `CryptoKey` itself. The messages never include key material.
 *
 * @param tokenKey - The configured key.
 * @throws {@link FitlinkError} with code `invalid_argument` for a bad id, a key that is not
 * 32 bytes (or not base64), or a `CryptoKey` that is not AES-GCM 256 for encrypt and decrypt.
 */
export function checkTokenKey(tokenKey: TokenKey): CryptoKey | Uint8Array<ArrayBuffer> {
  const { id, key } = tokenKey;
  if (!KEY_ID_RE.test(id)) {
    throw invalid('A token key id must be 1–64 characters of A-Z a-z 0-9 _ - :');
  }
  if (typeof key === 'string' || key instanceof Uint8Array) {
    const bytes = typeof key === 'string' ? decodeBytes(key.trim(), 'base64') : new Uint8Array(key);
    if (bytes === undefined) throw invalid(`Encryption key '${id}' is not valid base64`);
    if (bytes.length !== TOKEN_KEY_BYTES) {
      throw invalid(
        `Encryption key '${id}' must be ${TOKEN_KEY_BYTES} bytes (AES-256), got ${bytes.length}`,
      );
    }
    return bytes;
  }
  const algorithm = key.algorithm as Partial<AesKeyAlgorithm>;
  if (
    algorithm.name !== 'AES-GCM' ||
    algorithm.length !== TOKEN_KEY_BYTES * 8 ||
    !key.usages.includes('encrypt') ||
    !key.usages.includes('decrypt')
  ) {
    throw invalid(
      `Encryption key '${id}' must be an AES-GCM 256-bit CryptoKey for encrypt and decrypt`,
    );
  }
  return key;
}

/**
 * Imports checked key material as a non-extractable AES-GCM `CryptoKey`.
 *
 * @param material - What {@link checkTokenKey} returned.
 */
export async function importTokenKey(
  material: CryptoKey | Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  if (!(material instanceof Uint8Array)) return material;
  return globalThis.crypto.subtle.importKey('raw', material, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

function invalid(message: string): FitlinkError {
  return new FitlinkError(message, { code: ErrorCodes.invalidArgument });
}
