/**
 * Options of {@link createMemoryTokenStore} and {@link createMemoryStringStore}: which optional
 * capabilities the store has (turn one off to test how code behaves with a store without it)
 * and the clock leases expire by.
 */
export interface MemoryStoreOptions {
  /** Whether the store has `lock` (an in-process FIFO mutex per key). @defaultValue true */
  lock?: boolean;
  /** Whether the store has `getVersioned` and `compareAndSet`. @defaultValue true */
  versioned?: boolean;
  /** Whether the store has `acquireLease`. @defaultValue true */
  leases?: boolean;
  /** The clock leases expire by, epoch ms (inject a fake clock's `now` in tests). @defaultValue Date.now */
  now?: () => number;
}
