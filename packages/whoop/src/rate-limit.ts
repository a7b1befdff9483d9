import {
  type AsyncRateLimitPolicy,
  createSharedRateLimitPolicy,
  type RateLimitPolicy,
  type RateLimitResponse,
  type SharedRateBudget,
} from '@fitlink/core';

/** Options of {@link createWhoopRateLimitPolicy}. */
export interface WhoopRateLimitPolicyOptions {
  /** Requests per minute granted to the app. @defaultValue 100 */
  minuteLimit?: number;
  /** Requests per day granted to the app. @defaultValue 10000 */
  dailyLimit?: number;
  /**
   * Draw on a budget shared by every worker of the WHOOP app (a `RateBudgetStore` in Redis or
   * PostgreSQL) instead of one kept in this process. The policy is then asynchronous.
   * @defaultValue none: the budget is this process's
   */
  shared?: SharedRateBudget;
}

type Budget = 'minute' | 'daily';

interface BudgetState {
  budget: Budget;
  remaining: number;
  resetAt: number;
}

const MINUTE_SECONDS = 60;

function firstInteger(value: string | null): number | undefined {
  const match = value?.match(/\d+/);
  return match ? Number(match[0]) : undefined;
}

/**
 * Which budget a response speaks of. `X-RateLimit-Limit` reads like
 * `100, 100;window=60, 10000;window=86400`: the first number is the budget nearest to running
 * out, and its `window` names it. Without windows, a reset beyond a minute means the daily one.
 */
function budgetOf(
  limitHeader: string | null,
  resetSeconds: number,
  options: Required<Omit<WhoopRateLimitPolicyOptions, 'shared'>>,
): Budget {
  const active = firstInteger(limitHeader);
  const windows = [...(limitHeader ?? '').matchAll(/(\d+)\s*;\s*window=(\d+)/g)];
  const window = windows.find((match) => Number(match[1]) === active)?.[2];
  if (window !== undefined) return Number(window) > MINUTE_SECONDS ? 'daily' : 'minute';
  if (active !== undefined && active === options.dailyLimit && active !== options.minuteLimit)
    return 'daily';
  return resetSeconds > MINUTE_SECONDS ? 'daily' : 'minute';
}

/**
 * WHOOP's rate limits: 100 requests a minute and 10,000 a day per app, reported in
 * `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (seconds until the
 * window resets). WHOOP sends no `Retry-After`, so a 429 is retried at the reset it reports.
 * When the minute budget is spent the client waits for the reset; when the daily one is, the
 * wait is never worth it and the client throws `RateLimitError` with `retryAt` at once.
 *
 * Budgets are per app: {@link createWhoopApp} holds one policy that every client built from it
 * shares.
 *
 * @example
 * ```ts
 * import { createWhoopRateLimitPolicy } from '@fitlink/whoop';
 *
 * const rateLimitPolicy = createWhoopRateLimitPolicy({ minuteLimit: 100, dailyLimit: 10_000 });
 * ```
 * @see https://developer.whoop.com/docs/developing/rate-limiting
 */
export function createWhoopRateLimitPolicy(
  options?: WhoopRateLimitPolicyOptions & { shared?: undefined },
): RateLimitPolicy;
/**
 * WHOOP's rate limits on a budget shared by every worker of the app (see
 * {@link WhoopRateLimitPolicyOptions.shared}): a minute window and a daily one, aligned to the
 * clock, counted in the shared store and raised to what WHOOP's headers state.
 *
 * @param options - Limits and the shared store.
 * @example
 * ```ts
 * const rateLimitPolicy = createWhoopRateLimitPolicy({
 *   shared: { store: budgets, budget: `whoop:${clientId}` },
 * });
 * ```
 */
export function createWhoopRateLimitPolicy(
  options: WhoopRateLimitPolicyOptions & { shared: SharedRateBudget },
): AsyncRateLimitPolicy;
/**
 * WHOOP's rate limits, in this process or shared (see the other signatures).
 *
 * @param options - Limits, and the shared store when there is one.
 * @example
 * ```ts
 * const rateLimitPolicy = createWhoopRateLimitPolicy(options);
 * ```
 */
export function createWhoopRateLimitPolicy(
  options?: WhoopRateLimitPolicyOptions,
): AsyncRateLimitPolicy;
export function createWhoopRateLimitPolicy(
  options: WhoopRateLimitPolicyOptions = {},
): AsyncRateLimitPolicy {
  return options.shared === undefined
    ? createLocalPolicy(options)
    : createSharedWhoopPolicy(options, options.shared);
}

// The minute and daily windows on a budget shared by the app's workers.
function createSharedWhoopPolicy(
  options: WhoopRateLimitPolicyOptions,
  shared: SharedRateBudget,
): AsyncRateLimitPolicy {
  const limits = {
    minuteLimit: options.minuteLimit ?? 100,
    dailyLimit: options.dailyLimit ?? 10_000,
  };
  const read = ({ headers }: RateLimitResponse) => {
    const remaining = firstInteger(headers.get('x-ratelimit-remaining'));
    const reset = firstInteger(headers.get('x-ratelimit-reset'));
    if (remaining === undefined || reset === undefined) return undefined;
    const budget = budgetOf(headers.get('x-ratelimit-limit'), reset, limits);
    const limit = budget === 'daily' ? limits.dailyLimit : limits.minuteLimit;
    return { budget, used: Math.max(0, limit - remaining), reset };
  };
  return createSharedRateLimitPolicy({
    ...shared,
    windows: () => [
      { name: 'minute', limit: limits.minuteLimit, windowMs: MINUTE_SECONDS * 1000 },
      { name: 'daily', limit: limits.dailyLimit, windowMs: 86_400_000, fatal: true },
    ],
    stated(response) {
      const state = read(response);
      return state === undefined ? [] : [{ name: state.budget, used: state.used }];
    },
    retryAt(response) {
      const state = read(response);
      if (state === undefined) return undefined;
      return state.budget === 'daily'
        ? response.request.now
        : response.request.now + state.reset * 1000;
    },
  });
}

function createLocalPolicy(options: WhoopRateLimitPolicyOptions): RateLimitPolicy {
  const limits = {
    minuteLimit: options.minuteLimit ?? 100,
    dailyLimit: options.dailyLimit ?? 10_000,
  };
  let state: BudgetState | undefined;

  const read = ({ headers, request }: RateLimitResponse): BudgetState | undefined => {
    const remaining = firstInteger(headers.get('x-ratelimit-remaining'));
    const reset = firstInteger(headers.get('x-ratelimit-reset'));
    if (remaining === undefined || reset === undefined) return undefined;
    return {
      budget: budgetOf(headers.get('x-ratelimit-limit'), reset, limits),
      remaining,
      resetAt: request.now + reset * 1000,
    };
  };

  return {
    reserve({ now }) {
      if (!state) return undefined;
      if (state.resetAt <= now) {
        state = undefined;
        return undefined;
      }
      if (state.remaining > 0) {
        state.remaining -= 1;
        return undefined;
      }
      const waitMs = state.resetAt - now;
      return state.budget === 'daily'
        ? { waitMs, limit: 'daily', fatal: true }
        : { waitMs, limit: 'minute' };
    },
    observe(response) {
      state = read(response) ?? state;
    },
    retryAt(response) {
      const parsed = read(response);
      if (!parsed) return undefined;
      state = { ...parsed, remaining: 0 };
      // A spent daily budget is never waited for: retry "now" so the next reserve() throws a
      // RateLimitError naming the daily limit, whatever the caller's wait bound.
      return parsed.budget === 'daily' ? response.request.now : parsed.resetAt;
    },
  };
}
