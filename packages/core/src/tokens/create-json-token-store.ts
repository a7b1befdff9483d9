import * as z from 'zod/mini';
import { TokenStoreError } from '../errors/token-store-error.js';
import type { StringStore, VersionedString } from './string-store.js';
import { type TokenSet, tokenSetSchema } from './token-set.js';
import type { TokenStore, VersionedTokenSet } from './token-store.js';

/**
 * A {@link TokenStore} that keeps token sets as JSON in a {@link StringStore} (no encryption:
 * for a backend that encrypts at rest itself, or for development). Each value read is checked
 * against {@link tokenSetSchema}. The backend's capabilities pass through, as with
 * {@link createEncryptedTokenStore}: the store has `lock`, versioned writes and `acquireLease`
 * exactly when the backend has them. To keep tokens encrypted in the database, use
 * {@link createEncryptedTokenStore} over the same backend instead.
 *
 * @param backend - Where the JSON lives.
 * @throws {@link TokenStoreError} from `get`/`getVersioned` when a stored value is not a valid
 * token set (the message names the fields, never the values).
 * @example
 * ```ts
 * const store = createJsonTokenStore(createMemoryStringStore());
 * await store.set('strava:user-1', { accessToken: 'a', refreshToken: 'r' });
 * ```
 */
export function createJsonTokenStore(backend: StringStore): TokenStore {
  const parse = (key: string, value: string): TokenSet => {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      // JSON.parse messages quote the input: the cause is dropped, it would hold tokens.
      throw new TokenStoreError(`The token set stored under '${key}' is not valid JSON`);
    }
    const result = z.safeParse(tokenSetSchema, json);
    if (!result.success) {
      const paths = result.error.issues.map(
        (issue) => issue.path.map(String).join('.') || '<root>',
      );
      throw new TokenStoreError(
        `The token set stored under '${key}' is not a valid TokenSet (fields: ${[...new Set(paths)].join(', ')})`,
      );
    }
    return result.data;
  };
  const open = (key: string, read: VersionedString): VersionedTokenSet => ({
    tokens: parse(key, read.value),
    version: read.version,
  });
  const store: TokenStore = {
    async get(key) {
      const value = await backend.get(key);
      return value === undefined ? undefined : parse(key, value);
    },
    set: (key, tokens) => backend.set(key, JSON.stringify(tokens)),
    delete: (key) => backend.delete(key),
  };
  const { lock, getVersioned, compareAndSet, acquireLease } = backend;
  if (lock !== undefined) {
    store.lock = <T>(key: string, task: () => Promise<T>): Promise<T> =>
      lock.call(backend, key, task) as Promise<T>;
  }
  if (getVersioned !== undefined && compareAndSet !== undefined) {
    store.getVersioned = async (key) => {
      const read = await getVersioned.call(backend, key);
      return read === undefined ? undefined : open(key, read);
    };
    store.compareAndSet = async (key, expectedVersion, tokens) => {
      const result = await compareAndSet.call(
        backend,
        key,
        expectedVersion,
        JSON.stringify(tokens),
      );
      if (result.ok) return result;
      return { ok: false, current: result.current && open(key, result.current) };
    };
  }
  if (acquireLease !== undefined) {
    store.acquireLease = (key, options) => acquireLease.call(backend, key, options);
  }
  const { leaseDefaults } = backend;
  return leaseDefaults === undefined ? store : { ...store, leaseDefaults };
}
