import { TokenStoreError } from '../errors/index.js';
import type { StringStore, VersionedString } from './string-store.js';
import { createTokenCipher, type TokenCipher } from './token-cipher.js';
import type { TokenKey } from './token-key.js';
import type { TokenStore, VersionedTokenSet } from './token-store.js';

/** Options of {@link createEncryptedTokenStore}. */
export interface EncryptedTokenStoreOptions {
  /** Where the ciphertexts are kept; its optional capabilities are passed through. */
  backend: StringStore;
  /**
   * Every key that may have encrypted a stored value. Keep retired keys here until
   * {@link EncryptingTokenStore.rotate} has rewritten their entries.
   */
  keys: readonly TokenKey[];
  /**
   * Id of the key new values are encrypted with.
   * @defaultValue the id of the first key in `keys`
   */
  primaryKeyId?: string;
}

/** A {@link TokenStore} that encrypts at rest and can move its entries to a new key. */
export interface EncryptingTokenStore extends TokenStore {
  /** Id of the key new values are encrypted with. */
  readonly primaryKeyId: string;
  /**
   * Rewrites the value under `key` with the primary key when another key encrypted it, never
   * writing back an older token set over one a refresh wrote meanwhile: with a versioned backend
   * the rewrite is a compare-and-set (a value written meanwhile is looked at again instead);
   * otherwise it runs inside the backend's lock when there is one; with neither, the value is
   * read again right before the write and written only if unchanged (a write landing between
   * that read and the write, one backend round trip, can still be lost).
   *
   * @returns Whether this call rewrote the value (`false` when absent or already on the primary key).
   * @throws {@link TokenStoreError} when the stored value cannot be read, or kept changing.
   */
  reencrypt(key: string): Promise<boolean>;
  /**
   * Rewrites every listed entry with the primary key, one after another. Once it has run over
   * all stored keys, retired keys can be removed from the configuration.
   *
   * @param keys - The storage keys to rotate (list them from your backend).
   * @returns How many entries were rewritten.
   * @throws {@link TokenStoreError} at the first entry that cannot be read; entries before it
   * stay rotated, so the call can be repeated.
   */
  rotate(keys: readonly string[]): Promise<number>;
}

/** Rewrites tried by `reencrypt` while other writers keep changing the value. */
const MAX_REENCRYPT_ATTEMPTS = 5;

/**
 * Creates a {@link TokenStore} that keeps each token set encrypted with AES-256-GCM (WebCrypto)
 * in a {@link StringStore}. Each value records its key id, so keys can rotate: configure the new
 * key as primary and keep the old ones for reading. The ciphertext is bound to its storage key,
 * so a value copied under another connection's key does not decrypt.
 *
 * The backend's capabilities pass through: the store has `lock`, versioned writes
 * (`getVersioned`/`compareAndSet`, versions are the backend's, values are ciphertext) and
 * `acquireLease` exactly when the backend has them.
 *
 * @param options - Backend, keys and primary key id.
 * @throws {@link FitlinkError} with code `invalid_argument` when there are no keys, a key is
 * not 32 bytes, ids repeat, or `primaryKeyId` is not among the keys.
 * @example
 * ```ts
 * const store = createEncryptedTokenStore({
 *   backend: redisStringStore,
 *   keys: [
 *     { id: '2025-06', key: process.env.TOKEN_KEY_2025_06 },
 *     { id: '2024-11', key: process.env.TOKEN_KEY_2024_11 },
 *   ],
 * });
 * await store.rotate(await listConnectionKeys()); // rewrites old entries with '2025-06'
 * ```
 */
export function createEncryptedTokenStore(
  options: EncryptedTokenStoreOptions,
): EncryptingTokenStore {
  const cipher = createTokenCipher(options.keys, options.primaryKeyId);
  const { backend } = options;
  const open = async (key: string, read: VersionedString): Promise<VersionedTokenSet> => ({
    tokens: await cipher.open(key, read.value),
    version: read.version,
  });

  const store: EncryptingTokenStore = {
    primaryKeyId: cipher.primaryKeyId,
    async get(key) {
      const value = await backend.get(key);
      return value === undefined ? undefined : cipher.open(key, value);
    },
    async set(key, tokens) {
      await backend.set(key, await cipher.seal(key, tokens));
    },
    async delete(key) {
      await backend.delete(key);
    },
    reencrypt: (key) => reencrypt(backend, cipher, key),
    async rotate(keys) {
      let rewritten = 0;
      for (const key of keys) {
        if (await store.reencrypt(key)) rewritten++;
      }
      return rewritten;
    },
  };
  if (backend.lock !== undefined) {
    store.lock = (key, task) => backend.lock!(key, task);
  }
  if (backend.getVersioned !== undefined && backend.compareAndSet !== undefined) {
    store.getVersioned = async (key) => {
      const read = await backend.getVersioned!(key);
      return read === undefined ? undefined : open(key, read);
    };
    store.compareAndSet = async (key, expectedVersion, tokens) => {
      const result = await backend.compareAndSet!(
        key,
        expectedVersion,
        await cipher.seal(key, tokens),
      );
      if (result.ok) return result;
      return { ok: false, current: result.current && (await open(key, result.current)) };
    };
  }
  if (backend.acquireLease !== undefined) {
    store.acquireLease = (key, leaseOptions) => backend.acquireLease!(key, leaseOptions);
  }
  if (backend.leaseDefaults !== undefined) {
    Object.assign(store, { leaseDefaults: backend.leaseDefaults });
  }
  return store;
}

async function reencrypt(backend: StringStore, cipher: TokenCipher, key: string): Promise<boolean> {
  const { getVersioned, compareAndSet } = backend;
  if (getVersioned === undefined || compareAndSet === undefined) {
    if (backend.lock !== undefined) {
      return backend.lock(key, async () => {
        const value = await backend.get(key);
        if (value === undefined || cipher.isOnPrimary(key, value)) return false;
        await backend.set(key, await cipher.seal(key, await cipher.open(key, value)));
        return true;
      });
    }
    return reencryptUnguarded(backend, cipher, key);
  }
  let read = await getVersioned.call(backend, key);
  for (let attempt = 0; attempt < MAX_REENCRYPT_ATTEMPTS; attempt++) {
    if (read === undefined || cipher.isOnPrimary(key, read.value)) return false;
    const sealed = await cipher.seal(key, await cipher.open(key, read.value));
    const result = await compareAndSet.call(backend, key, read.version, sealed);
    if (result.ok) return true;
    // Someone wrote meanwhile: never overwrite their value; look at it instead.
    read = result.current;
  }
  throw new TokenStoreError(
    `The token set stored under '${key}' kept changing while it was re-encrypted; try again`,
  );
}

/**
 * Re-encryption on a backend with neither lock nor versioned writes: the value is read again
 * right before the write, and written only if it is still the one that was decrypted (the
 * ciphertext changes with every write, its IV being random), so a token set a refresh wrote
 * meanwhile is never replaced by the older one. A changed value is looked at again. What remains
 * is the time between that second read and the write (one backend round trip): a write landing
 * there is lost. Give the backend a lock or versioned writes to close it.
 */
async function reencryptUnguarded(
  backend: StringStore,
  cipher: TokenCipher,
  key: string,
): Promise<boolean> {
  let value = await backend.get(key);
  for (let attempt = 0; attempt < MAX_REENCRYPT_ATTEMPTS; attempt++) {
    if (value === undefined || cipher.isOnPrimary(key, value)) return false;
    const sealed = await cipher.seal(key, await cipher.open(key, value));
    const now = await backend.get(key);
    if (now === value) {
      await backend.set(key, sealed);
      return true;
    }
    // Someone wrote meanwhile (a refresh): never write the older token set back.
    value = now;
  }
  throw new TokenStoreError(
    `The token set stored under '${key}' kept changing while it was re-encrypted; try again`,
  );
}
