import * as z from 'zod/mini';
import { ErrorCodes, FitlinkError, TokenStoreError } from '../errors/index.js';
import type { StringStore } from './string-store.js';
import { openTokenSet, parseEnvelope, sealTokenSet } from './token-envelope.js';
import { checkTokenKey, importTokenKey, type TokenKey } from './token-key.js';
import { type TokenSet, tokenSetSchema } from './token-set.js';
import type { TokenStore } from './token-store.js';

/** Options of {@link EncryptedTokenStore}. */
export interface EncryptedTokenStoreOptions {
  /** Where the ciphertexts are kept. */
  backend: StringStore;
  /**
   * Every key that may have encrypted a stored value. Keep retired keys here until
   * {@link EncryptedTokenStore.rotate} has rewritten their entries.
   */
  keys: readonly TokenKey[];
  /**
   * Id of the key new values are encrypted with.
   * @defaultValue the id of the first key in `keys`
   */
  primaryKeyId?: string;
}

/**
 * A {@link TokenStore} that keeps each token set encrypted with AES-256-GCM (WebCrypto) in a
 * {@link StringStore}. Each value records its key id, so keys can rotate: configure the new key
 * as primary and keep the old ones for reading. The ciphertext is bound to its storage key, so a
 * value copied under another connection's key does not decrypt.
 *
 * @example
 * ```ts
 * const store = new EncryptedTokenStore({
 *   backend: redisStringStore,
 *   keys: [
 *     { id: '2025-06', key: process.env.TOKEN_KEY_2025_06 },
 *     { id: '2024-11', key: process.env.TOKEN_KEY_2024_11 },
 *   ],
 * });
 * await store.rotate(await listConnectionKeys()); // rewrites old entries with '2025-06'
 * ```
 */
export class EncryptedTokenStore implements TokenStore {
  /** Id of the key new values are encrypted with. */
  readonly primaryKeyId: string;
  /** Runs `task` under the backend's lock on `key`; present only when the backend has `lock`. */
  declare readonly lock?: <T>(key: string, task: () => Promise<T>) => Promise<T>;

  readonly #backend: StringStore;
  readonly #material: ReadonlyMap<string, CryptoKey | Uint8Array<ArrayBuffer>>;
  readonly #imported = new Map<string, Promise<CryptoKey>>();

  /**
   * @param options - Backend, keys and primary key id.
   * @throws {@link FitlinkError} with code `invalid_argument` when there are no keys, a key is
   * not 32 bytes, ids repeat, or `primaryKeyId` is not among the keys.
   */
  constructor(options: EncryptedTokenStoreOptions) {
    const material = new Map<string, CryptoKey | Uint8Array<ArrayBuffer>>();
    for (const tokenKey of options.keys) {
      if (material.has(tokenKey.id)) throw invalid(`Token key id '${tokenKey.id}' is repeated`);
      material.set(tokenKey.id, checkTokenKey(tokenKey));
    }
    const primaryKeyId = options.primaryKeyId ?? options.keys[0]?.id;
    if (primaryKeyId === undefined) throw invalid('EncryptedTokenStore needs at least one key');
    if (!material.has(primaryKeyId)) {
      throw invalid(`primaryKeyId '${primaryKeyId}' is not among the configured keys`);
    }
    this.primaryKeyId = primaryKeyId;
    this.#backend = options.backend;
    this.#material = material;
    const backend = options.backend;
    if (backend.lock !== undefined) {
      this.lock = (key, task) => backend.lock!(key, task);
    }
  }

  /**
   * Reads and decrypts the token set stored under `key`.
   *
   * @throws {@link TokenStoreError} when the value is corrupt or tampered with, its key id is
   * not configured, or it does not decrypt to a valid `TokenSet`.
   */
  async get(key: string): Promise<TokenSet | undefined> {
    const value = await this.#backend.get(key);
    return value === undefined ? undefined : this.#decrypt(key, value);
  }

  /**
   * Encrypts `tokens` with the primary key and stores them under `key`.
   *
   * @throws {@link TokenStoreError} with code `invalid_argument` when `tokens` is not a valid `TokenSet`.
   */
  async set(key: string, tokens: TokenSet): Promise<void> {
    const result = z.safeParse(tokenSetSchema, tokens);
    if (!result.success) {
      throw new TokenStoreError(`Refusing to store an invalid TokenSet under '${key}'`, {
        code: ErrorCodes.invalidArgument,
      });
    }
    const cryptoKey = await this.#key(this.primaryKeyId);
    await this.#backend.set(
      key,
      await sealTokenSet(cryptoKey, this.primaryKeyId, key, result.data),
    );
  }

  /** Removes what is stored under `key`. */
  async delete(key: string): Promise<void> {
    await this.#backend.delete(key);
  }

  /**
   * Rewrites the value under `key` with the primary key when another key encrypted it, inside
   * the backend's lock when it has one.
   *
   * @returns Whether the value was rewritten (`false` when absent or already on the primary key).
   * @throws {@link TokenStoreError} when the stored value cannot be read.
   */
  async reencrypt(key: string): Promise<boolean> {
    const task = async (): Promise<boolean> => {
      const value = await this.#backend.get(key);
      if (value === undefined || parseEnvelope(value, key).keyId === this.primaryKeyId) {
        return false;
      }
      await this.set(key, await this.#decrypt(key, value));
      return true;
    };
    return this.lock === undefined ? task() : this.lock(key, task);
  }

  /**
   * Rewrites every listed entry with the primary key, one after another. Once it has run over
   * all stored keys, retired keys can be removed from the configuration.
   *
   * @param keys - The storage keys to rotate (list them from your backend).
   * @returns How many entries were rewritten.
   * @throws {@link TokenStoreError} at the first entry that cannot be read; entries before it
   * stay rotated, so the call can be repeated.
   */
  async rotate(keys: readonly string[]): Promise<number> {
    let rewritten = 0;
    for (const key of keys) {
      if (await this.reencrypt(key)) rewritten++;
    }
    return rewritten;
  }

  async #decrypt(storageKey: string, value: string): Promise<TokenSet> {
    const envelope = parseEnvelope(value, storageKey);
    if (!this.#material.has(envelope.keyId)) {
      throw new TokenStoreError(
        `The token set stored under '${storageKey}' was encrypted with key '${envelope.keyId}', which is not configured`,
      );
    }
    return openTokenSet(await this.#key(envelope.keyId), envelope, storageKey);
  }

  #key(keyId: string): Promise<CryptoKey> {
    let imported = this.#imported.get(keyId);
    if (imported === undefined) {
      const material = this.#material.get(keyId);
      if (material === undefined) throw invalid(`Encryption key '${keyId}' is not configured`);
      imported = importTokenKey(material);
      this.#imported.set(keyId, imported);
    }
    return imported;
  }
}

function invalid(message: string): FitlinkError {
  return new FitlinkError(message, { code: ErrorCodes.invalidArgument });
}
