import { ErrorCodes, FitlinkError } from '../errors/index.js';
import type { TokenLease, TokenLeaseOptions } from './token-lease.js';

/** The in-process lease table behind the memory stores' `acquireLease`. */
export interface MemoryLeases {
  /** Takes the lease on `key` unless an unexpired one is held; `undefined` when held. */
  acquire(key: string, options: TokenLeaseOptions): TokenLease | undefined;
}

interface Holder {
  owner: string;
  expiresAt: number;
}

/**
 * Creates a lease table judged by `now`: a lease is held until its `expiresAt` (exclusive), and
 * renew and release succeed only for the owner of an unexpired lease.
 *
 * @param now - The clock, epoch ms.
 * @example
 * ```ts
 * const leases = createMemoryLeases(() => clock.now());
 * const lease = leases.acquire('strava:user-42', { ttlMs: 30_000 });
 * ```
 */
export function createMemoryLeases(now: () => number): MemoryLeases {
  const holders = new Map<string, Holder>();
  const holds = (key: string, owner: string): Holder | undefined => {
    const holder = holders.get(key);
    return holder?.owner === owner && holder.expiresAt > now() ? holder : undefined;
  };
  return {
    acquire(key, options) {
      const ttlMs = checkTtl(options.ttlMs);
      const current = holders.get(key);
      if (current !== undefined && current.expiresAt > now()) return undefined;
      const holder: Holder = { owner: globalThis.crypto.randomUUID(), expiresAt: now() + ttlMs };
      holders.set(key, holder);
      return {
        owner: holder.owner,
        get expiresAt() {
          return holder.expiresAt;
        },
        async renew(next = ttlMs) {
          const held = holds(key, holder.owner);
          if (held === undefined) return false;
          held.expiresAt = now() + checkTtl(next);
          return true;
        },
        async release() {
          if (holds(key, holder.owner) === undefined) return false;
          holders.delete(key);
          return true;
        },
      };
    },
  };
}

function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new FitlinkError(`A lease TTL must be a positive number of ms, got ${ttlMs}`, {
      code: ErrorCodes.invalidArgument,
    });
  }
  return ttlMs;
}
