/** Which WHOOP rate-limit window. */
export type WhoopBudgetWindow = 'minute' | 'day';

/** The sandbox's WHOOP rate-limit budget: live counters and knobs, writable at any time. */
export interface WhoopRateLimitBudget {
  /** Requests allowed per minute. @defaultValue 100 */
  minuteLimit: number;
  /** Requests allowed per day. @defaultValue 10000 */
  dailyLimit: number;
  /** Requests counted in the current minute window. */
  minuteUsed: number;
  /** Requests counted in the current day window. */
  dailyUsed: number;
  /** 429 answers sent. */
  rejected: number;
  /** Spends the rest of a window's budget now: the next request is answered 429 until it resets. */
  spend(window: WhoopBudgetWindow): void;
  /** Counts one request; the headers to send, and whether it must be answered 429. */
  take(): {
    /** Whether the request is over budget and must be answered 429. */
    limited: boolean;
    /** The `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` headers to send. */
    headers: Record<string, string>;
  };
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Creates the budget behind the sandbox's `X-RateLimit-Limit`, `X-RateLimit-Remaining` and
 * `X-RateLimit-Reset` headers (fixed windows of a minute and a day from their first request;
 * the headers speak of whichever window is nearer to running out, as WHOOP's do).
 *
 * @param options - Limits and the server clock.
 * @example
 * ```ts
 * import { createWhoopRateLimitBudget } from '@fitlink/whoop/testing';
 *
 * const budget = createWhoopRateLimitBudget({ now: () => Date.now() });
 * budget.spend('minute');
 * ```
 */
export function createWhoopRateLimitBudget(
  options: { minuteLimit?: number; dailyLimit?: number; now?: () => number } = {},
): WhoopRateLimitBudget {
  const now = options.now ?? (() => Date.now());
  let minuteStart: number | undefined;
  let dayStart: number | undefined;
  const roll = (at: number) => {
    // A window opens at its first request (keeping counts set through the knobs) and
    // starts over once it has lasted its length.
    if (minuteStart !== undefined && at - minuteStart >= MINUTE_MS) budget.minuteUsed = 0;
    if (minuteStart === undefined || at - minuteStart >= MINUTE_MS) minuteStart = at;
    if (dayStart !== undefined && at - dayStart >= DAY_MS) budget.dailyUsed = 0;
    if (dayStart === undefined || at - dayStart >= DAY_MS) dayStart = at;
  };
  const headers = (at: number): Record<string, string> => {
    const minuteLeft = Math.max(0, budget.minuteLimit - budget.minuteUsed);
    const dayLeft = Math.max(0, budget.dailyLimit - budget.dailyUsed);
    const daily = dayLeft < minuteLeft || (dayLeft === 0 && minuteLeft === 0);
    const resetMs = daily ? (dayStart ?? at) + DAY_MS - at : (minuteStart ?? at) + MINUTE_MS - at;
    const windows = `${budget.minuteLimit};window=60, ${budget.dailyLimit};window=86400`;
    return {
      'X-RateLimit-Limit': `${daily ? budget.dailyLimit : budget.minuteLimit}, ${windows}`,
      'X-RateLimit-Remaining': String(daily ? dayLeft : minuteLeft),
      'X-RateLimit-Reset': String(Math.max(1, Math.ceil(resetMs / 1000))),
    };
  };
  const budget: WhoopRateLimitBudget = {
    minuteLimit: options.minuteLimit ?? 100,
    dailyLimit: options.dailyLimit ?? 10_000,
    minuteUsed: 0,
    dailyUsed: 0,
    rejected: 0,
    spend(window) {
      roll(now());
      if (window === 'minute') budget.minuteUsed = budget.minuteLimit;
      else budget.dailyUsed = budget.dailyLimit;
    },
    take() {
      const at = now();
      roll(at);
      if (budget.minuteUsed >= budget.minuteLimit || budget.dailyUsed >= budget.dailyLimit) {
        budget.rejected += 1;
        return { limited: true, headers: headers(at) };
      }
      budget.minuteUsed += 1;
      budget.dailyUsed += 1;
      return { limited: false, headers: headers(at) };
    },
  };
  return budget;
}
