import * as z from 'zod/mini';
import { ErrorCodes, FitlinkError, TokenStoreError } from '../errors/index.js';
import { openTokenSet, parseEnvelope, sealTokenSet } from './token-envelope.js';
import { checkTokenKey, importTokenKey, type TokenKey } from './token-key.js';
import { type TokenSet, tokenSetSchema } from './token-set.js';

/** The keys of an encrypted store, and the two operations it needs of them. */
export interface TokenCipher {
  /** Id of the key new values are encrypted with. */
  readonly primaryKeyId: string;
  /**
   * Validates and encrypts a token set with the primary key, bound to its storage key.
   *
   * @throws {@link TokenStoreError} with code `invalid_argument` when `tokens` is not a valid `TokenSet`.
   */
  seal(storageKey: string, tokens: TokenSet): Promise<string>;
  /**
   * Decrypts a stored value.
   *
   * @throws {@link TokenStoreError} when it is corrupt, tampered with, under an unknown key id,
   * or not a valid `TokenSet`.
   */
  open(storageKey: string, value: string): Promise<TokenSet>;
  /** Whether a stored value is already encrypted with the primary key. */
  isOnPrimary(storageKey: string, value: string): boolean;
}

/**
 * Checks the configured keys and builds the cipher of an encrypted store; keys are imported
 * into WebCrypto on first use.
 *
 * @param keys - Every key that may have encrypted a stored value.
 * @param primaryKeyId - The key new values use. @defaultValue the first key's id
 * @throws {@link FitlinkError} with code `invalid_argument` when there are no keys, a key is
 * not 32 bytes, ids repeat, or `primaryKeyId` is not among the keys.
 * @example
 * ```ts
 * const cipher = createTokenCipher([{ id: '2025-06', key: process.env.TOKEN_KEY! }]);
 * const stored = await cipher.seal('strava:user-42', tokens);
 * ```
 */
export function createTokenCipher(keys: readonly TokenKey[], primaryKeyId?: string): TokenCipher {
  const material = new Map<string, CryptoKey | Uint8Array<ArrayBuffer>>();
  for (const tokenKey of keys) {
    if (material.has(tokenKey.id)) throw invalid(`Token key id '${tokenKey.id}' is repeated`);
    material.set(tokenKey.id, checkTokenKey(tokenKey));
  }
  const primary = primaryKeyId ?? keys[0]?.id;
  if (primary === undefined) throw invalid('EncryptedTokenStore needs at least one key');
  if (!material.has(primary)) {
    throw invalid(`primaryKeyId '${primary}' is not among the configured keys`);
  }
  const imported = new Map<string, Promise<CryptoKey>>();
  const cryptoKey = (keyId: string): Promise<CryptoKey> => {
    let key = imported.get(keyId);
    if (key === undefined) {
      const raw = material.get(keyId);
      if (raw === undefined) throw invalid(`Encryption key '${keyId}' is not configured`);
      key = importTokenKey(raw);
      imported.set(keyId, key);
    }
    return key;
  };

  return {
    primaryKeyId: primary,
    async seal(storageKey, tokens) {
      const result = z.safeParse(tokenSetSchema, tokens);
      if (!result.success) {
        throw new TokenStoreError(`Refusing to store an invalid TokenSet under '${storageKey}'`, {
          code: ErrorCodes.invalidArgument,
        });
      }
      return sealTokenSet(await cryptoKey(primary), primary, storageKey, result.data);
    },
    async open(storageKey, value) {
      const envelope = parseEnvelope(value, storageKey);
      if (!material.has(envelope.keyId)) {
        throw new TokenStoreError(
          `The token set stored under '${storageKey}' was encrypted with key '${envelope.keyId}', which is not configured`,
        );
      }
      return openTokenSet(await cryptoKey(envelope.keyId), envelope, storageKey);
    },
    isOnPrimary: (storageKey, value) => parseEnvelope(value, storageKey).keyId === primary,
  };
}

function invalid(message: string): FitlinkError {
  return new FitlinkError(message, { code: ErrorCodes.invalidArgument });
}
