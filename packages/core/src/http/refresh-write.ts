import { hasVersionedWrites } from '../tokens/store-capabilities.js';
import type { TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';

/** A token set as the refresh read it: with its version when the store has versioned writes. */
export interface RefreshBase {
  /** The token set read. */
  tokens: TokenSet;
  /** Its version; `undefined` when the store has no versioned writes. */
  version: string | undefined;
}

/** What {@link writeRefreshed} did. */
export type RefreshWrite =
  | { written: true }
  | {
      written: false;
      /** What the store holds instead, to adopt (`undefined`: the connection was deleted). */
      current: TokenSet | undefined;
    };

/** Compare-and-set retries over values that hold the same grant (a re-encryption). */
const MAX_SAME_GRANT_RETRIES = 3;

/**
 * Persists a refreshed token set. Without versioned writes it is a plain `set`. With them it is
 * a compare-and-set against the version the refresh started from, so a token set another worker
 * wrote meanwhile is never overwritten (it is handed back to adopt). A conflicting value that
 * holds the same grant as the one refreshed (same access and refresh token: re-encrypted under a
 * new key, not refreshed) is not newer, so the write is retried over its version.
 *
 * @param store - The token store.
 * @param key - The connection key.
 * @param base - The token set the refresh started from, with its version.
 * @param next - The refreshed token set.
 * @example
 * ```ts
 * const write = await writeRefreshed(store, key, base, next);
 * return write.written ? next : adopt(write.current);
 * ```
 */
export async function writeRefreshed(
  store: TokenStore,
  key: string,
  base: RefreshBase,
  next: TokenSet,
): Promise<RefreshWrite> {
  if (!hasVersionedWrites(store) || base.version === undefined) {
    await store.set(key, next);
    return { written: true };
  }
  let expected = base.version;
  for (let attempt = 0; attempt < MAX_SAME_GRANT_RETRIES; attempt++) {
    const result = await store.compareAndSet(key, expected, next);
    if (result.ok) return { written: true };
    const { current } = result;
    if (current === undefined || !sameGrant(current.tokens, base.tokens)) {
      return { written: false, current: current?.tokens };
    }
    expected = current.version;
  }
  return { written: false, current: (await store.getVersioned(key))?.tokens };
}

function sameGrant(a: TokenSet, b: TokenSet): boolean {
  return (
    a.accessToken === b.accessToken &&
    a.refreshToken === b.refreshToken &&
    a.tokenSecret === b.tokenSecret
  );
}
