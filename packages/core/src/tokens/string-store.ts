/**
 * A key-value store of strings: the backend an {@link EncryptedTokenStore} writes ciphertext
 * to. Implement it over Redis, a database column, Cloudflare KV …
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
}
