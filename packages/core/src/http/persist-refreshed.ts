import type { TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';
import type { Clock } from './clock.js';
import { type RefreshBase, sameGrant, writeRefreshed } from './refresh-write.js';

/** Writes of a refreshed token set before it is handed to `onPersistFailure`. */
export const PERSIST_ATTEMPTS = 4;
/** Wait before the second write; doubled before each further one (100, 200, 400 ms). */
export const PERSIST_BACKOFF_MS = 100;

/** What {@link persistRefreshed} did. */
export type PersistResult =
  | { kind: 'written' }
  | {
      kind: 'refused';
      /** What the store holds instead, to adopt (`undefined`: the connection was deleted). */
      current: TokenSet | undefined;
    }
  | {
      kind: 'failed';
      /** The last write's error (not redacted). */
      error: unknown;
      /** Writes tried. */
      attempts: number;
    };

/**
 * Stores a refreshed token set with {@link writeRefreshed}, retrying a write that throws up to
 * {@link PERSIST_ATTEMPTS} times in all, waiting 100, 200 and 400 ms (on `clock`) in between. A
 * compare-and-set refused because a peer wrote meanwhile is not retried: the peer's value is
 * handed back to adopt. A refusal whose current value is `next` itself (an earlier write landed
 * but its answer was lost) counts as written.
 *
 * @param store - The token store.
 * @param key - The connection key.
 * @param base - What the refresh started from (stored value and version).
 * @param next - The refreshed token set.
 * @param clock - Time source of the backoff.
 * @example
 * ```ts
 * const result = await persistRefreshed(store, key, base, next, clock);
 * if (result.kind === 'failed') keepInMemory(next);
 * ```
 */
export async function persistRefreshed(
  store: TokenStore,
  key: string,
  base: RefreshBase,
  next: TokenSet,
  clock: Clock,
): Promise<PersistResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const write = await writeRefreshed(store, key, base, next);
      if (write.written) return { kind: 'written' };
      if (write.current !== undefined && sameGrant(write.current, next)) return { kind: 'written' };
      return { kind: 'refused', current: write.current };
    } catch (error) {
      if (attempt >= PERSIST_ATTEMPTS) return { kind: 'failed', error, attempts: attempt };
      await clock.sleep(PERSIST_BACKOFF_MS * 2 ** (attempt - 1));
    }
  }
}
