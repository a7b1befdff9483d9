import * as z from 'zod/mini';
import { TokenStoreError } from '../errors/index.js';
import { decodeBytes, encodeBytes } from '../webhooks/encoding.js';
import { type TokenSet, tokenSetSchema } from './token-set.js';

/** The version tag that starts every stored ciphertext. */
export const ENVELOPE_VERSION = 'fl1';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The parts of a stored ciphertext `fl1.<keyId>.<iv>.<ciphertext+tag>` (base64url, unpadded). */
export interface TokenEnvelope {
  /** Id of the key that encrypted it. */
  keyId: string;
  /** The 12-byte AES-GCM nonce. */
  iv: Uint8Array<ArrayBuffer>;
  /** The ciphertext followed by the 16-byte tag. */
  ciphertext: Uint8Array<ArrayBuffer>;
}

/**
 * Encrypts a token set as JSON with AES-256-GCM under a fresh random nonce, bound to its key id
 * and storage key by the additional data `fl1|<keyId>|<storageKey>`.
 *
 * @param key - The AES-GCM key.
 * @param keyId - Its id, written in clear in the result.
 * @param storageKey - The store key the value will be written under.
 * @param tokens - The token set.
 * @returns `fl1.<keyId>.<base64url iv>.<base64url ciphertext+tag>`.
 */
export async function sealTokenSet(
  key: CryptoKey,
  keyId: string,
  storageKey: string,
  tokens: TokenSet,
): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = new TextEncoder().encode(JSON.stringify(tokens));
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(keyId, storageKey) },
    key,
    plaintext,
  );
  const parts = [
    keyId,
    encodeBytes(iv, 'base64url'),
    encodeBytes(new Uint8Array(ciphertext), 'base64url'),
  ];
  return `${ENVELOPE_VERSION}.${parts.join('.')}`;
}

/**
 * Splits a stored value into its parts.
 *
 * @param value - The stored string.
 * @param storageKey - The store key it was read from, for the error message.
 * @throws {@link TokenStoreError} when the value is not a well-formed `fl1` ciphertext.
 */
export function parseEnvelope(value: string, storageKey: string): TokenEnvelope {
  const [version, keyId, ivText, ciphertextText, ...rest] = value.split('.');
  const iv = ivText === undefined ? undefined : decodeBytes(ivText, 'base64url');
  const ciphertext =
    ciphertextText === undefined ? undefined : decodeBytes(ciphertextText, 'base64url');
  if (
    version !== ENVELOPE_VERSION ||
    keyId === undefined ||
    keyId === '' ||
    iv?.length !== IV_BYTES ||
    ciphertext === undefined ||
    ciphertext.length <= TAG_BYTES ||
    rest.length > 0
  ) {
    throw new TokenStoreError(
      `The value stored under '${storageKey}' is not an encrypted token set (corrupt or not written by EncryptedTokenStore)`,
    );
  }
  return { keyId, iv, ciphertext };
}

/**
 * Decrypts and validates a parsed ciphertext. Error messages name the storage key and key id
 * only, never plaintext or key material.
 *
 * @param key - The AES-GCM key whose id is `envelope.keyId`.
 * @param envelope - The parsed ciphertext.
 * @param storageKey - The store key it was read from (part of the additional data).
 * @throws {@link TokenStoreError} when authentication fails (tampered, corrupt, moved from
 * another storage key or encrypted under another key) or the plaintext is not a `TokenSet`.
 */
export async function openTokenSet(
  key: CryptoKey,
  envelope: TokenEnvelope,
  storageKey: string,
): Promise<TokenSet> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: envelope.iv,
        additionalData: additionalData(envelope.keyId, storageKey),
      },
      key,
      envelope.ciphertext,
    );
  } catch {
    throw new TokenStoreError(
      `Could not decrypt the token set stored under '${storageKey}' with key '${envelope.keyId}': tampered, corrupt, or written under another storage key`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    // JSON.parse messages quote the input, so the cause is dropped: it would hold plaintext.
    throw new TokenStoreError(`The token set stored under '${storageKey}' is not valid JSON`);
  }
  const result = z.safeParse(tokenSetSchema, json);
  if (!result.success) {
    const paths = result.error.issues.map((issue) => issue.path.map(String).join('.') || '<root>');
    throw new TokenStoreError(
      `The token set stored under '${storageKey}' is not a valid TokenSet (fields: ${[...new Set(paths)].join(', ')})`,
    );
  }
  return result.data;
}

function additionalData(keyId: string, storageKey: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${ENVELOPE_VERSION}|${keyId}|${storageKey}`);
}
