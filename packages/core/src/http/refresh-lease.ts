import { LeaseWaitTimeoutError } from '../tokens/lease-wait-timeout-error.js';
import type { LeasingTokenStore } from '../tokens/store-capabilities.js';
import type { TokenLease } from '../tokens/token-lease.js';
import type { TokenSet } from '../tokens/token-set.js';
import { systemClock } from './clock.js';

/** Handed to the work done under a refresh lease. */
export interface LeaseGuard {
  /**
   * Whether the lease is still this worker's: no renewal has failed, and one more renewal,
   * made now, succeeds. Call it right before writing; on `false`, do not write.
   */
  confirm(): Promise<boolean>;
}

/** Options of {@link withRefreshLease}. */
export interface RefreshLeaseOptions {
  /** Lease time to live; renewed every third of it while the work runs. */
  ttlMs: number;
  /** Longest wait for a lease held by another worker before giving up. */
  waitMs: number;
  /** Stops the wait (not work already under way). */
  signal?: AbortSignal | undefined;
  /**
   * Looks at the store while waiting: a token set it returns (one a peer refreshed) ends the
   * wait and is the result; `undefined` keeps waiting.
   */
  peek(): Promise<TokenSet | undefined>;
}

/**
 * Runs a refresh under the store's lease on `key`: takes the lease (or, while another worker
 * holds it, polls every tenth of the TTL, at most 250 ms, until it is free or `peek` finds a
 * token set that worker refreshed), renews it every `ttlMs / 3` while `work` runs, and
 * releases it afterwards. Renewal and polling use real timers, as the lease's expiry in a shared
 * store is real time.
 *
 * @param store - A store with leases.
 * @param key - The connection key.
 * @param options - TTL, wait bound, signal and the peek.
 * @param work - The refresh, given a guard to confirm the lease before writing.
 * @returns What `work` or `peek` returned.
 * @throws {@link LeaseWaitTimeoutError} (a `TokenStoreError`) when the lease stays held by
 * another worker past `waitMs`.
 * @throws {@link FitlinkError} with code `aborted` when `signal` aborts the wait.
 * @example
 * ```ts
 * const tokens = await withRefreshLease(store, key, { ttlMs: 30_000, waitMs: 60_000, peek },
 *   async (guard) => ((await guard.confirm()) ? write(next) : adopt()));
 * ```
 */
export async function withRefreshLease(
  store: LeasingTokenStore,
  key: string,
  options: RefreshLeaseOptions,
  work: (guard: LeaseGuard) => Promise<TokenSet | undefined>,
): Promise<TokenSet | undefined> {
  const { ttlMs } = options;
  const pollMs = Math.max(1, Math.min(250, Math.floor(ttlMs / 10)));
  const started = Date.now();
  for (;;) {
    const lease = await store.acquireLease(key, { ttlMs });
    if (lease !== undefined) return holdWhile(lease, ttlMs, work);
    const adopted = await options.peek();
    if (adopted !== undefined) return adopted;
    const waited = Date.now() - started;
    if (waited >= options.waitMs) {
      throw new LeaseWaitTimeoutError(key, waited, options.waitMs);
    }
    await systemClock.sleep(pollMs, options.signal);
  }
}

async function holdWhile(
  lease: TokenLease,
  ttlMs: number,
  work: (guard: LeaseGuard) => Promise<TokenSet | undefined>,
): Promise<TokenSet | undefined> {
  const renewal = keepRenewed(lease, ttlMs);
  const renewNow = (): Promise<boolean> => lease.renew(ttlMs).catch(() => false);
  try {
    return await work({ confirm: async () => !renewal.lost() && (await renewNow()) });
  } finally {
    renewal.stop();
    await lease.release().catch(() => false);
  }
}

// A renewal that fails or throws marks the lease lost for good.
function keepRenewed(lease: TokenLease, ttlMs: number): { lost(): boolean; stop(): void } {
  let lost = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const renew = async (): Promise<void> => {
    const renewed = await lease.renew(ttlMs).catch(() => false);
    if (!renewed) lost = true;
    else if (!stopped) schedule();
  };
  const schedule = (): void => {
    timer = setTimeout(() => void renew(), ttlMs / 3);
  };
  schedule();
  return {
    lost: () => lost,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
