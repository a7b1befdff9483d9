import { TokenStoreError } from '../errors/token-store-error.js';

/**
 * Another worker held a connection's refresh lease for longer than the caller would wait
 * (`leaseWaitMs`): the holder is still refreshing (a slow token endpoint) or kept renewing its
 * lease without storing anything. A holder that died frees the lease after its TTL
 * (`leaseTtlMs`), so with `leaseWaitMs` above the TTL this error means a live, stuck holder.
 * Code `token_store`; retry later.
 */
export class LeaseWaitTimeoutError extends TokenStoreError {
  /** The connection key whose lease was held. */
  readonly key: string;
  /** How long this caller waited, in ms. */
  readonly waitedMs: number;

  /**
   * @param key - The connection key.
   * @param waitedMs - How long the caller waited.
   * @param waitMs - The bound it waited for.
   */
  constructor(key: string, waitedMs: number, waitMs: number) {
    super(
      `Another worker held the refresh lease on '${key}' for over ${waitMs} ms (waited ${waitedMs} ms); retry later`,
    );
    this.key = key;
    this.waitedMs = waitedMs;
  }
}
