import type { TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';

/** A refreshed token set this process holds because the store would not take it. */
export interface UnpersistedTokens {
  /** The refreshed token set (it holds the newest refresh token). */
  readonly tokens: TokenSet;
  /**
   * What the store held when the refresh was made. While the store still holds it (same
   * grant), `tokens` is newer and is used instead; once the store holds anything else (a peer
   * refreshed, the app restored a token set, the connection was deleted), the store wins.
   */
  readonly replaces: TokenSet;
  /** When to try writing `tokens` to the store again (epoch ms of the token manager's clock). */
  retryAt: number;
  /** The write of `tokens` under way, so concurrent calls make one. */
  writing: Promise<void> | undefined;
}

// Per refresher (one app: one process in tests that model several), per store, per key.
const memories = new WeakMap<object, WeakMap<TokenStore, Map<string, UnpersistedTokens>>>();

/**
 * The token sets a process refreshed but could not store, for one app and one store, keyed by
 * connection key. Shared by every token manager built from that app over that store, so a
 * client created after the failure (one per request, say) still uses the newest tokens.
 *
 * @param owner - The scope of the memory: the refresher's single-flight, one per app.
 * @param store - The token store.
 * @returns The map of connection key to unpersisted token set (in memory only).
 * @example
 * ```ts
 * const pending = unpersistedTokens(refresher.singleFlight, store).get(key);
 * ```
 */
export function unpersistedTokens(
  owner: object,
  store: TokenStore,
): Map<string, UnpersistedTokens> {
  let byStore = memories.get(owner);
  if (byStore === undefined) {
    byStore = new WeakMap();
    memories.set(owner, byStore);
  }
  let byKey = byStore.get(store);
  if (byKey === undefined) {
    byKey = new Map();
    byStore.set(store, byKey);
  }
  return byKey;
}
