import type { TokenStoreError } from '../errors/token-store-error.js';
import type { TokenSet } from './token-set.js';

/**
 * Handed to `onPersistFailure` when a refreshed token set could not be stored. When the provider
 * rotates refresh tokens, the token set in the store is now retired (its refresh token is
 * refused) and `tokens` is the only usable copy. This process keeps using `tokens` in memory and
 * writes them to the store again on a later call (at most every 5 s) while the store still holds
 * the retired set; save them somewhere durable too (another store, a queue) and write them back
 * when the store recovers, or the user may have to reconnect once this process ends.
 */
export interface PersistFailureEvent {
  /** Provider id. */
  provider: string;
  /** The connection key. */
  key: string;
  /** The new token set. It is a secret: store it, never log it. */
  tokens: TokenSet;
  /**
   * Why it was not stored: `store-error` (every write threw), `lease-lost` (the refresh lease
   * was lost during the token request, and the store has no compare-and-set to write safely).
   */
  reason: 'store-error' | 'lease-lost';
  /** Writes tried (0 for `lease-lost`). */
  attempts: number;
  /** What failed, as a {@link TokenStoreError} with every token redacted from it and its cause. */
  error: TokenStoreError;
}

/**
 * Receives a refreshed token set the store would not take (see {@link PersistFailureEvent}).
 * It is awaited before the callers waiting on the refresh get the tokens; what it throws is
 * ignored.
 */
export type PersistFailureHook = (event: PersistFailureEvent) => void | Promise<void>;
