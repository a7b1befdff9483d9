import { copyTokenSet } from './copy-token-set.js';
import { KeyedMutex } from './keyed-mutex.js';
import { createMemoryEntries } from './memory-entries.js';
import { createMemoryLeases } from './memory-leases.js';
import type { MemoryStoreOptions } from './memory-store-options.js';
import type { TokenSet } from './token-set.js';
import type { TokenStore } from './token-store.js';

/**
 * Creates a {@link TokenStore} in a `Map`, for tests, scripts and single-process apps, with
 * every optional capability: `lock` (an in-process FIFO mutex per key), versioned writes
 * (`getVersioned`/`compareAndSet`, a new version on every write) and leases (`acquireLease`,
 * expiring by `options.now`). Tokens are deep-copied in and out, so changing a returned object
 * never changes what is stored. Everything is lost when the process exits.
 *
 * A capability turned off in the options is absent (`'compareAndSet' in store` is false), as
 * on a store that does not have it.
 *
 * @param options - Which capabilities to provide, and the lease clock.
 * @example
 * ```ts
 * const store = createMemoryTokenStore();
 * await store.set('strava:user-42', { accessToken: 'a', refreshToken: 'r', expiresAt: Date.now() + 3600_000 });
 * const read = await store.getVersioned?.('strava:user-42'); // { tokens, version: '1' }
 *
 * const clock = createFakeClock(); // from @fitlink/testing
 * const leased = createMemoryTokenStore({ now: clock.now });
 * ```
 */
export function createMemoryTokenStore(options: MemoryStoreOptions = {}): TokenStore {
  const entries = createMemoryEntries<TokenSet>(copyTokenSet);
  const store: TokenStore = {
    get: async (key) => entries.get(key),
    set: async (key, tokens) => {
      entries.set(key, tokens);
    },
    delete: async (key) => entries.delete(key),
  };
  if (options.lock ?? true) {
    const mutex = new KeyedMutex();
    store.lock = (key, task) => mutex.run(key, task);
  }
  if (options.versioned ?? true) {
    store.getVersioned = async (key) => {
      const entry = entries.getVersioned(key);
      return entry === undefined ? undefined : { tokens: entry.value, version: entry.version };
    };
    store.compareAndSet = async (key, expectedVersion, tokens) => {
      const result = entries.compareAndSet(key, expectedVersion, tokens);
      if (result.ok) return result;
      const { current } = result;
      return {
        ok: false,
        current:
          current === undefined ? undefined : { tokens: current.value, version: current.version },
      };
    };
  }
  if (options.leases ?? true) {
    const leases = createMemoryLeases(options.now ?? Date.now);
    store.acquireLease = async (key, leaseOptions) => leases.acquire(key, leaseOptions);
  }
  return store;
}
