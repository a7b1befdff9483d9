import { copyTokenSet } from './copy-token-set.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { TokenSet } from './token-set.js';
import type { TokenStore } from './token-store.js';

/** Options of {@link MemoryTokenStore}. */
export interface MemoryTokenStoreOptions {
  /**
   * Whether the store has a `lock` method (an in-process mutex per key). Turn it off to test
   * how code behaves with a store that cannot lock.
   * @defaultValue true
   */
  lock?: boolean;
}

/**
 * A {@link TokenStore} in a `Map`, for tests, scripts and single-process apps. Tokens are
 * deep-copied in and out, so changing a returned object never changes what is stored.
 * Everything is lost when the process exits.
 *
 * @deprecated Use {@link createMemoryTokenStore}, which also has versioned writes and leases;
 * this class (lock only) stays for existing code.
 *
 * @example
 * ```ts
 * const store = new MemoryTokenStore();
 * await store.set('strava:user-42', { accessToken: 'a', refreshToken: 'r', expiresAt: Date.now() + 3600_000 });
 * const tokens = await store.get('strava:user-42');
 * ```
 */
export class MemoryTokenStore implements TokenStore {
  /**
   * Runs `task` while holding this process's lock on `key` (FIFO per key, released when the
   * task settles). Absent when the store was built with `{ lock: false }`.
   */
  declare readonly lock?: <T>(key: string, task: () => Promise<T>) => Promise<T>;

  readonly #entries = new Map<string, TokenSet>();

  /** @param options - Whether to provide `lock`. */
  constructor(options: MemoryTokenStoreOptions = {}) {
    if (options.lock ?? true) {
      const mutex = new KeyedMutex();
      // An own property only when enabled (`declare` emits no field), so `'lock' in store` is
      // false without it, as for a store that cannot lock.
      this.lock = (key, task) => mutex.run(key, task);
    }
  }

  /** Reads a copy of the token set stored under `key`, or `undefined`. */
  async get(key: string): Promise<TokenSet | undefined> {
    const tokens = this.#entries.get(key);
    return tokens === undefined ? undefined : copyTokenSet(tokens);
  }

  /** Stores a copy of `tokens` under `key`. */
  async set(key: string, tokens: TokenSet): Promise<void> {
    this.#entries.set(key, copyTokenSet(tokens));
  }

  /** Removes what is stored under `key`. */
  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}
