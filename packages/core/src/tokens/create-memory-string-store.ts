import { KeyedMutex } from './keyed-mutex.js';
import { createMemoryEntries } from './memory-entries.js';
import { createMemoryLeases } from './memory-leases.js';
import type { MemoryStoreOptions } from './memory-store-options.js';
import type { StringStore } from './string-store.js';

/** A {@link StringStore} in memory that can also list its keys (to feed a key rotation). */
export interface ListableStringStore extends StringStore {
  /** The keys that currently hold a value, for listing entries to rotate. */
  keys(): string[];
}

/**
 * Creates a {@link StringStore} in a `Map` with every optional capability (lock, versioned
 * writes, leases expiring by `options.now`): the backend for an encrypted token store in tests,
 * examples and single-process apps.
 *
 * @param options - Which capabilities to provide, and the lease clock.
 * @example
 * ```ts
 * const store = createEncryptedTokenStore({
 *   backend: createMemoryStringStore(),
 *   keys: [{ id: '2025-01', key: generateTokenKey() }],
 * });
 * ```
 */
export function createMemoryStringStore(options: MemoryStoreOptions = {}): ListableStringStore {
  const entries = createMemoryEntries<string>((value) => value);
  const store: ListableStringStore = {
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
    delete: async (key) => entries.delete(key),
    keys: () => entries.keys(),
  };
  if (options.lock ?? true) {
    const mutex = new KeyedMutex();
    store.lock = (key, task) => mutex.run(key, task);
  }
  if (options.versioned ?? true) {
    store.getVersioned = async (key) => entries.getVersioned(key);
    store.compareAndSet = async (key, expectedVersion, value) =>
      entries.compareAndSet(key, expectedVersion, value);
  }
  if (options.leases ?? true) {
    const leases = createMemoryLeases(options.now ?? Date.now);
    store.acquireLease = async (key, leaseOptions) => leases.acquire(key, leaseOptions);
  }
  return store;
}
