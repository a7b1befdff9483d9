import type { TokenSet } from './token-set.js';

/**
 * Where connections' tokens live. Keys are the app's own connection keys (for example
 * `strava:user-42`). Implement it over your database, KV store or secrets manager; wrap it in
 * {@link EncryptedTokenStore} to keep tokens encrypted at rest.
 *
 * When several processes share one store, implement {@link TokenStore.lock}: fitlink takes it
 * around a refresh and reads the store again inside it, so only one process refreshes.
 */
export interface TokenStore {
  /** Reads the token set stored under `key`, or `undefined` when there is none. */
  get(key: string): Promise<TokenSet | undefined>;
  /** Stores `tokens` under `key`, replacing what was there. */
  set(key: string, tokens: TokenSet): Promise<void>;
  /** Removes what is stored under `key`. */
  delete(key: string): Promise<void>;
  /**
   * Runs `task` while holding an exclusive lock on `key` (across processes, for a shared store).
   * Optional: without it, refresh is single-flight within one process only.
   */
  lock?<T>(key: string, task: () => Promise<T>): Promise<T>;
}
