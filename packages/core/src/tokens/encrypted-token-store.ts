import {
  createEncryptedTokenStore,
  type EncryptedTokenStoreOptions,
  type EncryptingTokenStore,
} from './create-encrypted-token-store.js';
import type { RefreshLeaseDefaults, TokenLease, TokenLeaseOptions } from './token-lease.js';
import type { TokenSet } from './token-set.js';
import type { CompareAndSetResult, TokenStore, VersionedTokenSet } from './token-store.js';

export type { EncryptedTokenStoreOptions } from './create-encrypted-token-store.js';

/**
 * A {@link TokenStore} that keeps each token set encrypted with AES-256-GCM (WebCrypto) in a
 * {@link StringStore}: the class form of {@link createEncryptedTokenStore}, with the same
 * behaviour (the backend's lock, versioned writes and leases pass through as own properties,
 * present only when the backend has them).
 *
 * @deprecated Use {@link createEncryptedTokenStore}, which takes the same options; this class
 * stays for existing code.
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
  /** Reads and decrypts with the backend's version; present only on a versioned backend. */
  declare readonly getVersioned?: (key: string) => Promise<VersionedTokenSet | undefined>;
  /** Encrypts and compare-and-sets through the backend; present only on a versioned backend. */
  declare readonly compareAndSet?: (
    key: string,
    expectedVersion: string | undefined,
    tokens: TokenSet,
  ) => Promise<CompareAndSetResult>;
  /** The backend's lease; present only when the backend has leases. */
  declare readonly acquireLease?: (
    key: string,
    options: TokenLeaseOptions,
  ) => Promise<TokenLease | undefined>;
  /** The backend's refresh lease settings; present only when the backend has them. */
  declare readonly leaseDefaults?: RefreshLeaseDefaults;

  readonly #store: EncryptingTokenStore;

  /**
   * @param options - Backend, keys and primary key id.
   * @throws {@link FitlinkError} with code `invalid_argument` when there are no keys, a key is
   * not 32 bytes, ids repeat, or `primaryKeyId` is not among the keys.
   */
  constructor(options: EncryptedTokenStoreOptions) {
    const store = createEncryptedTokenStore(options);
    this.#store = store;
    this.primaryKeyId = store.primaryKeyId;
    // Own properties only when the backend has them (`declare` emits no field), so
    // `'lock' in store` is false without them, as for a store that cannot lock.
    if (store.lock !== undefined) this.lock = store.lock;
    if (store.getVersioned !== undefined) this.getVersioned = store.getVersioned;
    if (store.compareAndSet !== undefined) this.compareAndSet = store.compareAndSet;
    if (store.acquireLease !== undefined) this.acquireLease = store.acquireLease;
    if (store.leaseDefaults !== undefined) this.leaseDefaults = store.leaseDefaults;
  }

  /**
   * Reads and decrypts the token set stored under `key`.
   *
   * @throws {@link TokenStoreError} when the value is corrupt or tampered with, its key id is
   * not configured, or it does not decrypt to a valid `TokenSet`.
   */
  get(key: string): Promise<TokenSet | undefined> {
    return this.#store.get(key);
  }

  /**
   * Encrypts `tokens` with the primary key and stores them under `key`.
   *
   * @throws {@link TokenStoreError} with code `invalid_argument` when `tokens` is not a valid `TokenSet`.
   */
  set(key: string, tokens: TokenSet): Promise<void> {
    return this.#store.set(key, tokens);
  }

  /** Removes what is stored under `key`. */
  delete(key: string): Promise<void> {
    return this.#store.delete(key);
  }

  /**
   * Rewrites the value under `key` with the primary key when another key encrypted it: a
   * compare-and-set on a versioned backend (never overwriting a value written meanwhile), else
   * inside the backend's lock when it has one, else after reading the value again right before
   * the write and skipping the write when it changed (a write landing between that read and the
   * write, one backend round trip, can still be lost).
   *
   * @returns Whether the value was rewritten (`false` when absent or already on the primary key).
   * @throws {@link TokenStoreError} when the stored value cannot be read.
   */
  reencrypt(key: string): Promise<boolean> {
    return this.#store.reencrypt(key);
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
  rotate(keys: readonly string[]): Promise<number> {
    return this.#store.rotate(keys);
  }
}
