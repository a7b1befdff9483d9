import type { RefreshLeaseDefaults, TokenLease, TokenLeaseOptions } from './token-lease.js';

/** A stored string with the version it was read at. */
export interface VersionedString {
  /** The stored string. */
  value: string;
  /** Opaque version; it changes with every write. */
  version: string;
}

/** What {@link StringStore.compareAndSet} answers. */
export type StringCompareAndSetResult =
  | {
      /** The write happened. */
      ok: true;
      /** Version of the value just written. */
      version: string;
    }
  | {
      /** The write was refused: the stored version was not the expected one. */
      ok: false;
      /** What is stored now, or `undefined`. */
      current: VersionedString | undefined;
    };

/**
 * A key-value store of strings: the backend an encrypted token store
 * ({@link createEncryptedTokenStore}) writes ciphertext to. Implement it over Redis, a database
 * column, Cloudflare KV …
 *
 * The optional capabilities mirror {@link TokenStore}'s, with strings for token sets; an
 * encrypted store built on this backend has each of them exactly when the backend does.
 */
export interface StringStore {
  /** Reads the value stored under `key`, or `undefined` when there is none. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key`, replacing what was there. */
  set(key: string, value: string): Promise<void>;
  /** Removes what is stored under `key`. */
  delete(key: string): Promise<void>;
  /**
   * Runs `task` while holding an exclusive lock on `key` (across processes, for a shared
   * store). Optional; an encrypted store built on this backend has `lock` only when it does.
   */
  lock?<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Reads the value under `key` with its version. Optional; implement with `compareAndSet`. */
  getVersioned?(key: string): Promise<VersionedString | undefined>;
  /**
   * Writes `value` only if the stored version is still `expectedVersion` (`undefined`: only if
   * nothing is stored), atomically. Optional; implement with `getVersioned`.
   *
   * @param key - The storage key.
   * @param expectedVersion - The version read, or `undefined` to create.
   * @param value - The string to write.
   */
  compareAndSet?(
    key: string,
    expectedVersion: string | undefined,
    value: string,
  ): Promise<StringCompareAndSetResult>;
  /**
   * Takes the lease on `key` (see {@link TokenStore.acquireLease}); `undefined` when held.
   * Optional.
   */
  acquireLease?(key: string, options: TokenLeaseOptions): Promise<TokenLease | undefined>;
  /** See {@link TokenStore.leaseDefaults}; a token store built on this backend passes it on. */
  readonly leaseDefaults?: RefreshLeaseDefaults;
}
