import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import type { RateBudgetStore, RateBudgetWindow } from './rate-budget-store.js';

/**
 * A {@link RateBudgetStore} in this process's memory: for one process, and for tests. Windows
 * past their end are dropped as new ones are taken.
 *
 * @example
 * ```ts
 * const budgets = createMemoryRateBudgetStore();
 * const rateLimitPolicy = createStravaRateLimitPolicy({ shared: { store: budgets, budget: 'strava:app-1' } });
 * ```
 */
export function createMemoryRateBudgetStore(): RateBudgetStore {
  const counts = new Map<string, { used: number; endsAt: number }>();
  const keyOf = (budget: string, window: RateBudgetWindow) =>
    `${budget}\u0000${window.name}\u0000${window.windowStart}`;
  const check = (window: RateBudgetWindow) => {
    if (!(window.windowMs > 0) || !Number.isFinite(window.limit)) {
      throw new FitlinkError(`Invalid rate budget window '${window.name}'`, {
        code: ErrorCodes.invalidArgument,
      });
    }
  };
  const entry = (budget: string, window: RateBudgetWindow) => {
    const key = keyOf(budget, window);
    let found = counts.get(key);
    if (found === undefined) {
      found = { used: 0, endsAt: window.windowStart + window.windowMs };
      counts.set(key, found);
    }
    return found;
  };
  const sweep = (now: number) => {
    for (const [key, value] of counts) if (value.endsAt <= now) counts.delete(key);
  };
  return {
    async take(budget, windows) {
      windows.forEach(check);
      const longestFirst = [...windows].sort((a, b) => b.windowMs - a.windowMs);
      const spent = longestFirst.find((window) => entry(budget, window).used >= window.limit);
      if (spent !== undefined) return { granted: false, spent: spent.name };
      for (const window of windows) entry(budget, window).used += 1;
      sweep(Math.min(...windows.map((window) => window.windowStart)));
      return { granted: true };
    },
    async raise(budget, usage) {
      for (const { window, used } of usage) {
        check(window);
        const found = entry(budget, window);
        found.used = Math.max(found.used, used);
      }
    },
  };
}
