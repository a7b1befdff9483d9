/** One fixed window of a shared budget, as a request draws on it. */
export interface RateBudgetWindow {
  /** The window's name within the budget (`short`, `daily` …), reported when it is spent. */
  name: string;
  /** Requests the window allows. */
  limit: number;
  /** Window length in ms; windows are aligned to the Unix epoch (a UTC day starts at midnight). */
  windowMs: number;
  /** Start of the current window, epoch ms (a multiple of `windowMs`). */
  windowStart: number;
}

/** What {@link RateBudgetStore.take} answers. */
export type RateBudgetTake =
  | {
      /** Every window had room: one request was counted in each. */
      granted: true;
    }
  | {
      /** A window was spent: nothing was counted. */
      granted: false;
      /** The name of the spent window (the longest, when several are). */
      spent: string;
    };

/** A count a provider stated in a response, to raise the shared count to. */
export interface RateBudgetUsage {
  /** The window. */
  window: RateBudgetWindow;
  /** Requests the provider says were used in it. */
  used: number;
}

/**
 * Request budgets shared by every worker of an app, kept outside the process (Redis,
 * PostgreSQL; `@fitlink/redis` and `@fitlink/postgres` implement it, and
 * {@link createMemoryRateBudgetStore} in one process). Providers such as Strava and WHOOP count
 * requests per application, not per process: a fleet that gives each worker its own budget
 * sends N times too many. A provider's rate-limit policy draws on it through
 * {@link createSharedRateLimitPolicy}.
 *
 * @example
 * ```ts
 * const granted = await budgets.take('strava:app-1', [
 *   { name: 'short', limit: 200, windowMs: 900_000, windowStart: Math.floor(now / 900_000) * 900_000 },
 * ]);
 * ```
 */
export interface RateBudgetStore {
  /**
   * Counts one request in every window of `budget`, atomically and all or nothing: when any
   * window is already at its limit, nothing is counted and the spent window is named.
   *
   * @param budget - The budget's name, one per provider application (`strava:<client id>`).
   * @param windows - The windows the request draws on.
   */
  take(budget: string, windows: readonly RateBudgetWindow[]): Promise<RateBudgetTake>;
  /**
   * Raises the shared counts to what the provider stated (never lowers them), so requests other
   * apps or earlier processes made are counted too.
   *
   * @param budget - The budget's name.
   * @param usage - The stated counts.
   */
  raise(budget: string, usage: readonly RateBudgetUsage[]): Promise<void>;
}

/**
 * The window of `windowMs` that `now` falls in, aligned to the Unix epoch.
 *
 * @param now - Epoch ms.
 * @param windowMs - Window length.
 * @example
 * ```ts
 * windowStartOf(Date.parse('2026-12-02T08:20:00Z'), 900_000); // 08:15:00Z
 * ```
 */
export function windowStartOf(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}
