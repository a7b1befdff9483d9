import { hasVersionedWrites } from '../tokens/store-capabilities.js';
import type { TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';

/** A token set as the refresh read it: with its version when the store has versioned writes. */
export interface RefreshBase {
  /**
   * The token set to refresh from: what the store holds, or a newer one this process refreshed
   * but could not store (it holds the newest refresh token).
   */
  tokens: TokenSet;
  /** What the store holds (the same object as `tokens` unless this process holds a newer set). */
  stored: TokenSet;
  /** The stored value's version; `undefined` when the store has no versioned writes. */
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
 * holds the same grant as the one read (same access and refresh token: re-encrypted under a
 * new key, not refreshed) is not newer, so the write is retried over its version. A store that
 * throws is not caught here: {@link persistRefreshed} retries.
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
    if (current === undefined || !sameGrant(current.tokens, base.stored)) {
      return { written: false, current: current?.tokens };
    }
    expected = current.version;
  }
  return { written: false, current: (await store.getVersioned(key))?.tokens };
}

/**
 * Whether two token sets hold the same grant: the same access token, refresh token and token
 * secret (a re-encrypted or re-serialized copy, not a refresh).
 *
 * @param a - A token set.
 * @param b - Another token set.
 * @example
 * ```ts
 * if (!sameGrant(stored, base.stored)) return adopt(stored); // a peer refreshed
 * ```
 */
export function sameGrant(a: TokenSet, b: TokenSet): boolean {
  return (
    a.accessToken === b.accessToken &&
    a.refreshToken === b.refreshToken &&
    a.tokenSecret === b.tokenSecret
  );
}
