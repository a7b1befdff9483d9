import type { AsyncRateLimitPolicy } from './async-rate-limit-policy.js';
import {
  type RateBudgetStore,
  type RateBudgetUsage,
  type RateBudgetWindow,
  windowStartOf,
} from './rate-budget-store.js';
import type {
  RateLimitDecision,
  RateLimitRequest,
  RateLimitResponse,
} from './rate-limit-policy.js';

/** Where an app's shared budget lives and what it is called: the `shared` option of provider policies. */
export interface SharedRateBudget {
  /** The store every worker of the app uses. */
  store: RateBudgetStore;
  /**
   * The budget's name, one per provider application (for example `strava:<client id>`): every
   * worker of the app must use the same name, and two apps never the same.
   */
  budget: string;
}

/** A window rule of {@link SharedRateLimitPolicyOptions.windows}. */
export interface SharedWindowRule {
  /** The window's name (`short`, `daily` …). */
  name: string;
  /** Requests the window allows. */
  limit: number;
  /** Window length in ms, aligned to the Unix epoch. */
  windowMs: number;
  /** A spent window is never waited for: the client throws `RateLimitError` at once. */
  fatal?: boolean;
}

/** A count stated in a response, for {@link SharedRateLimitPolicyOptions.stated}. */
export interface StatedUsage {
  /** The window's name, as {@link SharedRateLimitPolicyOptions.windows} names it. */
  name: string;
  /** Requests the provider says were used in the window. */
  used: number;
}

/** Options of {@link createSharedRateLimitPolicy}. */
export interface SharedRateLimitPolicyOptions extends SharedRateBudget {
  /** The windows a request draws on. */
  windows(request: RateLimitRequest): readonly SharedWindowRule[];
  /** The counts a response states (its rate-limit headers); none by default. */
  stated?(response: RateLimitResponse): readonly StatedUsage[];
  /** Called on a 429 or 5xx: the instant to retry at, or `undefined` to back off. */
  retryAt(response: RateLimitResponse): number | undefined;
}

/**
 * A rate-limit policy whose budget lives in a {@link RateBudgetStore} shared by every worker of
 * the app: before each request one unit is taken from every window the request draws on
 * (atomically, all or nothing); when a window is spent, the request waits for the window's end
 * (or, for a `fatal` window, the client throws `RateLimitError` at once). Counts stated by the
 * provider raise the shared counts. Provider packages build theirs on it (Strava's and WHOOP's
 * `shared` option).
 *
 * Windows are aligned to the Unix epoch on each worker's clock: keep the fleet's clocks in sync
 * (NTP); a worker whose clock is off by `d` counts its requests in the neighbouring window for
 * `d` around each boundary.
 *
 * @param options - The store, the budget's name and the provider's windows.
 * @example
 * ```ts
 * const rateLimit = createSharedRateLimitPolicy({
 *   store: budgets,
 *   budget: 'example:app-1',
 *   windows: () => [{ name: 'minute', limit: 100, windowMs: 60_000 }],
 *   retryAt: () => undefined,
 * });
 * ```
 */
export function createSharedRateLimitPolicy(
  options: SharedRateLimitPolicyOptions,
): AsyncRateLimitPolicy {
  const { store, budget } = options;
  const windowsAt = (request: RateLimitRequest) =>
    options.windows(request).map((rule): RateBudgetWindow & { fatal: boolean } => ({
      name: rule.name,
      limit: rule.limit,
      windowMs: rule.windowMs,
      windowStart: windowStartOf(request.now, rule.windowMs),
      fatal: rule.fatal === true,
    }));
  return {
    async reserve(request): Promise<RateLimitDecision | undefined> {
      const windows = windowsAt(request);
      if (windows.length === 0) return undefined;
      const taken = await store.take(
        budget,
        windows.map(({ fatal: _, ...window }) => window),
      );
      if (taken.granted) return undefined;
      const spent = windows.find((window) => window.name === taken.spent) ?? windows[0];
      if (spent === undefined) return undefined;
      const waitMs = Math.max(1, spent.windowStart + spent.windowMs - request.now);
      return { waitMs, limit: spent.name, ...(spent.fatal ? { fatal: true } : {}) };
    },
    async observe(response) {
      const stated = options.stated?.(response) ?? [];
      if (stated.length === 0) return;
      const windows = windowsAt(response.request);
      const usage: RateBudgetUsage[] = [];
      for (const { name, used } of stated) {
        const found = windows.find((window) => window.name === name);
        if (found === undefined) continue;
        const { fatal: _, ...window } = found;
        usage.push({ window, used });
      }
      if (usage.length > 0) await store.raise(budget, usage);
    },
    retryAt: (response) => options.retryAt(response),
  };
}
