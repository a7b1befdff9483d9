/** One rate-limit window of a {@link WindowBudget}. */
export interface BudgetWindow {
  /** Name the provider's headers and the knobs use (`minute`, `short`, `daily` …). */
  readonly name: string;
  /** Requests allowed per window. */
  readonly limit: number;
  /** Window length, milliseconds. */
  readonly windowMs: number;
  /**
   * Where windows start: `'epoch'` at multiples of `windowMs` since the Unix epoch (Strava's
   * quarter hours and UTC midnights), `'first-request'` at the first request after the previous
   * window ended (WHOOP's, Polar's).
   * @defaultValue 'epoch'
   */
  readonly align?: 'epoch' | 'first-request';
  /**
   * Which requests this window counts, by route name and method (Strava's read budget counts
   * every request but uploads).
   * @defaultValue every request
   */
  readonly counts?: (request: BudgetRequest) => boolean;
}

/** What a budget is asked about. */
export interface BudgetRequest {
  /** The route's name in the provider's table. */
  readonly route: string;
  /** HTTP method. */
  readonly method: string;
}

/** The state of one window, for rendering a provider's headers. */
export interface BudgetWindowState {
  /** The window's name. */
  readonly name: string;
  /** Requests allowed per window. */
  readonly limit: number;
  /** Requests counted in the current window. */
  readonly used: number;
  /** Requests left, never negative. */
  readonly remaining: number;
  /** Window length, milliseconds. */
  readonly windowMs: number;
  /** When the current window ends, epoch ms. */
  readonly resetAt: number;
}

/** What {@link WindowBudget.take} decided. */
export interface BudgetDecision {
  /** Whether the request is over budget and must be answered 429. */
  readonly limited: boolean;
  /** The spent window, when limited. */
  readonly window: BudgetWindowState | undefined;
  /** Every window's state after counting, for the provider's headers. */
  readonly windows: readonly BudgetWindowState[];
  /** The time of the decision, epoch ms. */
  readonly now: number;
}

/** A sandbox rate-limit budget of fixed windows, steerable from tests. */
export interface WindowBudget {
  /** Limits by window name; writable at any time. */
  readonly limits: Record<string, number>;
  /** Requests counted in each current window; writable (set one to its limit to spend it). */
  readonly usage: Record<string, number>;
  /** 429 answers decided. */
  readonly rejected: number;
  /** Spends the rest of a window now: requests it counts are limited until it resets. */
  spend(window: string): void;
  /** Counts one request and decides whether it must be answered 429. */
  take(request: BudgetRequest): BudgetDecision;
  /** Every window's state now, without counting. */
  state(): readonly BudgetWindowState[];
}

/** Settings of {@link createWindowBudget}. */
export interface WindowBudgetOptions {
  /** The windows, e.g. `[{ name: 'minute', limit: 100, windowMs: 60_000 }]`. */
  readonly windows: readonly BudgetWindow[];
  /**
   * The server clock, epoch ms (share a test's fake clock).
   * @defaultValue Date.now
   */
  readonly now?: () => number;
  /**
   * Whether a limited request still counts (Strava counts it; WHOOP does not).
   * @defaultValue false
   */
  readonly countRejected?: boolean;
}

/**
 * Creates a budget of fixed windows for a provider's sandbox: counts requests per window, says
 * when one must be answered 429, and gives each window's state for the provider's own headers.
 *
 * @param options - Windows, clock and whether rejected requests count.
 * @throws TypeError when two windows share a name or a limit or length is not positive.
 * @example
 * ```ts
 * import { createWindowBudget } from '@fitlink/testing';
 *
 * const budget = createWindowBudget({
 *   windows: [
 *     { name: 'minute', limit: 100, windowMs: 60_000, align: 'first-request' },
 *     { name: 'day', limit: 10_000, windowMs: 86_400_000, align: 'first-request' },
 *   ],
 * });
 * budget.spend('minute');
 * budget.take({ route: 'workouts', method: 'GET' }).limited; // true
 * ```
 */
export function createWindowBudget(options: WindowBudgetOptions): WindowBudget {
  const now = options.now ?? (() => Date.now());
  const limits: Record<string, number> = {};
  const usage: Record<string, number> = {};
  const starts = new Map<string, number>();
  for (const window of options.windows) {
    if (window.name in limits) throw new TypeError(`window "${window.name}" is declared twice`);
    if (!(window.limit >= 0 && window.windowMs > 0)) {
      throw new TypeError(`window "${window.name}" needs a limit >= 0 and a positive length`);
    }
    limits[window.name] = window.limit;
    usage[window.name] = 0;
  }
  let rejected = 0;

  const startOf = (window: BudgetWindow, at: number): number => {
    if ((window.align ?? 'epoch') === 'epoch') return at - (at % window.windowMs);
    const start = starts.get(window.name);
    return start !== undefined && at - start < window.windowMs ? start : at;
  };
  const roll = (at: number) => {
    for (const window of options.windows) {
      const start = startOf(window, at);
      const previous = starts.get(window.name);
      // A window keeps counts set through the knobs until it has really ended.
      if (previous !== undefined && previous !== start) usage[window.name] = 0;
      starts.set(window.name, start);
    }
  };
  const stateOf = (window: BudgetWindow, at: number): BudgetWindowState => {
    const limit = limits[window.name] ?? window.limit;
    const used = usage[window.name] ?? 0;
    return {
      name: window.name,
      limit,
      used,
      remaining: Math.max(0, limit - used),
      windowMs: window.windowMs,
      resetAt: (starts.get(window.name) ?? startOf(window, at)) + window.windowMs,
    };
  };
  const state = (at: number) => options.windows.map((window) => stateOf(window, at));

  return {
    limits,
    usage,
    get rejected() {
      return rejected;
    },
    spend(name) {
      if (!(name in limits)) throw new TypeError(`no window "${name}"`);
      roll(now());
      usage[name] = limits[name] ?? 0;
    },
    take(request) {
      const at = now();
      roll(at);
      const counted = options.windows.filter((window) => window.counts?.(request) ?? true);
      const spent = counted.find(
        (window) => (usage[window.name] ?? 0) >= (limits[window.name] ?? 0),
      );
      if (spent === undefined || options.countRejected) {
        for (const window of counted) usage[window.name] = (usage[window.name] ?? 0) + 1;
      }
      if (spent !== undefined) rejected += 1;
      return {
        limited: spent !== undefined,
        window: spent === undefined ? undefined : stateOf(spent, at),
        windows: state(at),
        now: at,
      };
    },
    state: () => state(now()),
  };
}
