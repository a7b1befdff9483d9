import { KeyedMutex } from './keyed-mutex.js';
import type { StringStore } from './string-store.js';

/**
 * A {@link StringStore} in a `Map`, with an in-process lock per key: the backend for an
 * {@link EncryptedTokenStore} in tests and examples.
 *
 * @deprecated Use {@link createMemoryStringStore}, which also has versioned writes and leases;
 * this class stays for existing code.
 *
 * @example
 * ```ts
 * const store = new EncryptedTokenStore({
 *   backend: new MemoryStringStore(),
 *   keys: [{ id: '2025-01', key: generateTokenKey() }],
 * });
 * ```
 */
export class MemoryStringStore implements StringStore {
  readonly #entries = new Map<string, string>();
  readonly #mutex = new KeyedMutex();

  /** Reads the value stored under `key`, or `undefined`. */
  async get(key: string): Promise<string | undefined> {
    return this.#entries.get(key);
  }

  /** Stores `value` under `key`. */
  async set(key: string, value: string): Promise<void> {
    this.#entries.set(key, value);
  }

  /** Removes what is stored under `key`. */
  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  /** Runs `task` while holding this process's lock on `key` (FIFO per key). */
  lock<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#mutex.run(key, task);
  }

  /** The keys that currently hold a value, for listing entries to rotate. */
  keys(): string[] {
    return [...this.#entries.keys()];
  }
}
