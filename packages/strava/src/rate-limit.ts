import {
  type AsyncRateLimitPolicy,
  createSharedRateLimitPolicy,
  type RateLimitDecision,
  type RateLimitPolicy,
  type RateLimitRequest,
  type RateLimitResponse,
  type SharedRateBudget,
  type StatedUsage,
} from '@fitlink/core';

const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

/** Options of {@link createStravaRateLimitPolicy}. */
export interface StravaRateLimitOptions {
  /** Overall budget per 15 minutes until a response states it. @defaultValue 200 */
  shortLimit?: number;
  /** Overall budget per UTC day until a response states it. @defaultValue 2000 */
  dailyLimit?: number;
  /** Read (non-upload) budget per 15 minutes until a response states it. @defaultValue 100 */
  readShortLimit?: number;
  /** Read (non-upload) budget per UTC day until a response states it. @defaultValue 1000 */
  readDailyLimit?: number;
  /**
   * Draw on a budget shared by every worker of the Strava application (a `RateBudgetStore` in
   * Redis or PostgreSQL) instead of one kept in this process. The policy is then asynchronous.
   * @defaultValue none: the budget is this process's
   */
  shared?: SharedRateBudget;
}

interface Budget {
  name: string;
  limit: number;
  used: number;
  /** Start of the window `used` belongs to. */
  window: number;
  /** Window length. */
  size: number;
  fatal: boolean;
}

function windowStart(now: number, size: number): number {
  return Math.floor(now / size) * size;
}

/** The next 15-minute boundary (:00, :15, :30, :45 UTC) after `now`. */
export function nextStravaQuarter(now: number): number {
  return windowStart(now, QUARTER_MS) + QUARTER_MS;
}

/** The next midnight UTC after `now`, when Strava's daily budgets reset. */
export function nextStravaMidnight(now: number): number {
  return windowStart(now, DAY_MS) + DAY_MS;
}

// "200,2000" → [200, 2000]
function pair(value: string | null): [number, number] | undefined {
  const parts = value?.split(',').map((part) => Number(part.trim()));
  if (parts?.length !== 2 || parts.some((part) => !Number.isFinite(part))) return undefined;
  return [parts[0] ?? 0, parts[1] ?? 0];
}

// Uploads count against the overall budget only; every other call is a "read" (non-upload) call.
function isRead(request: RateLimitRequest): boolean {
  return !(request.method === 'POST' && /\/uploads\/?$/.test(request.path));
}

/**
 * Strava's rate-limit policy. Strava counts per application in two budgets, each with a
 * 15-minute window (resetting at :00, :15, :30 and :45 UTC) and a daily one (resetting at
 * midnight UTC): overall 200/15 min and 2,000/day, read (non-upload) 100/15 min and 1,000/day.
 * Every answer carries `X-RateLimit-Limit`/`X-RateLimit-Usage` and `X-ReadRateLimit-Limit`/
 * `X-ReadRateLimit-Usage` as `"15min,daily"`. The policy counts its own requests between
 * answers, waits for the next quarter hour when a 15-minute budget is spent, and when a daily
 * budget is spent makes the client throw `RateLimitError` with `retryAt` = next midnight UTC.
 * A 429 has no `Retry-After`, so the retry instant is computed from the windows.
 *
 * Share one policy between every client of the same Strava application: the budget is the app's.
 *
 * @param options - Budgets assumed before the first answer states them.
 * @see https://developers.strava.com/docs/rate-limits/
 * @example
 * ```ts
 * const rateLimitPolicy = createStravaRateLimitPolicy();
 * const client = createStravaClient({ app, store, key: 'athlete-1', rateLimitPolicy });
 * ```
 */
export function createStravaRateLimitPolicy(
  options?: StravaRateLimitOptions & { shared?: undefined },
): RateLimitPolicy;
/**
 * Strava's rate-limit policy on a budget shared by every worker of the application (see
 * {@link StravaRateLimitOptions.shared}): the same windows, limits and retry instants, counted
 * in the shared store, and raised to the usage Strava states in each answer.
 *
 * @param options - Budgets assumed before the first answer states them, and the shared store.
 * @example
 * ```ts
 * const rateLimitPolicy = createStravaRateLimitPolicy({
 *   shared: { store: budgets, budget: `strava:${clientId}` },
 * });
 * ```
 */
export function createStravaRateLimitPolicy(
  options: StravaRateLimitOptions & { shared: SharedRateBudget },
): AsyncRateLimitPolicy;
/**
 * Strava's rate-limit policy, in this process or shared (see the other signatures).
 *
 * @param options - Budgets, and the shared store when there is one.
 * @example
 * ```ts
 * const rateLimitPolicy = createStravaRateLimitPolicy(options);
 * ```
 */
export function createStravaRateLimitPolicy(options?: StravaRateLimitOptions): AsyncRateLimitPolicy;
export function createStravaRateLimitPolicy(
  options: StravaRateLimitOptions = {},
): AsyncRateLimitPolicy {
  return options.shared === undefined
    ? createLocalPolicy(options)
    : createSharedStravaPolicy(options, options.shared);
}

// Strava's windows on a budget shared by the app's workers.
function createSharedStravaPolicy(
  options: StravaRateLimitOptions,
  shared: SharedRateBudget,
): AsyncRateLimitPolicy {
  const limits = {
    short: options.shortLimit ?? 200,
    daily: options.dailyLimit ?? 2000,
    'read-short': options.readShortLimit ?? 100,
    'read-daily': options.readDailyLimit ?? 1000,
  };
  type Name = keyof typeof limits;
  const rule = (name: Name) => ({
    name,
    limit: limits[name],
    windowMs: name.endsWith('daily') ? DAY_MS : QUARTER_MS,
    fatal: name.endsWith('daily'),
  });
  const learn = (
    names: readonly [Name, Name],
    headers: Headers,
    prefix: string,
    into: StatedUsage[],
  ) => {
    const limit = pair(headers.get(`${prefix}-limit`));
    const used = pair(headers.get(`${prefix}-usage`));
    names.forEach((name, index) => {
      const stated = limit?.[index];
      if (stated !== undefined && stated > 0) limits[name] = stated;
      const count = used?.[index];
      if (count !== undefined) into.push({ name, used: count });
    });
  };
  const stated = ({ headers }: RateLimitResponse): StatedUsage[] => {
    const usage: StatedUsage[] = [];
    learn(['short', 'daily'], headers, 'x-ratelimit', usage);
    learn(['read-short', 'read-daily'], headers, 'x-readratelimit', usage);
    return usage;
  };
  return createSharedRateLimitPolicy({
    ...shared,
    windows: (request) =>
      (isRead(request)
        ? (['short', 'daily', 'read-short', 'read-daily'] as const)
        : (['short', 'daily'] as const)
      ).map(rule),
    stated,
    retryAt(response) {
      const now = response.request.now;
      const usage = stated(response);
      const dailySpent = usage.some(
        ({ name, used }) => name.endsWith('daily') && used >= limits[name as Name],
      );
      // A 429 with no readable usage still means a 15-minute budget is spent.
      return dailySpent ? nextStravaMidnight(now) : nextStravaQuarter(now);
    },
  });
}

function createLocalPolicy(options: StravaRateLimitOptions): RateLimitPolicy {
  const budget = (name: string, limit: number, size: number): Budget => ({
    name,
    limit,
    used: 0,
    window: 0,
    size,
    fatal: size === DAY_MS,
  });
  const overall = [
    budget('short', options.shortLimit ?? 200, QUARTER_MS),
    budget('daily', options.dailyLimit ?? 2000, DAY_MS),
  ];
  const read = [
    budget('read-short', options.readShortLimit ?? 100, QUARTER_MS),
    budget('read-daily', options.readDailyLimit ?? 1000, DAY_MS),
  ];
  const roll = (item: Budget, now: number) => {
    const start = windowStart(now, item.size);
    if (item.window !== start) {
      item.window = start;
      item.used = 0;
    }
  };
  const applicable = (request: RateLimitRequest) =>
    isRead(request) ? [...overall, ...read] : overall;
  // Daily budgets first: when both are spent the wait is until midnight.
  const spent = (items: readonly Budget[], now: number): Budget | undefined => {
    for (const item of items) roll(item, now);
    const ordered = [...items].sort((a, b) => b.size - a.size);
    return ordered.find((item) => item.used >= item.limit);
  };
  const resetOf = (item: Budget, now: number) =>
    item.size === DAY_MS ? nextStravaMidnight(now) : nextStravaQuarter(now);

  const learn = (
    items: readonly Budget[],
    limits: string | null,
    usage: string | null,
    now: number,
  ) => {
    const limit = pair(limits);
    const used = pair(usage);
    items.forEach((item, index) => {
      roll(item, now);
      const stated = limit?.[index];
      if (stated !== undefined && stated > 0) item.limit = stated;
      const count = used?.[index];
      // Answers may arrive out of order; the higher count is the safer one.
      if (count !== undefined) item.used = Math.max(item.used, count);
    });
  };

  return {
    reserve(request): RateLimitDecision | undefined {
      const items = applicable(request);
      const exhausted = spent(items, request.now);
      if (exhausted) {
        const waitMs = resetOf(exhausted, request.now) - request.now;
        return { waitMs, limit: exhausted.name, ...(exhausted.fatal ? { fatal: true } : {}) };
      }
      for (const item of items) item.used += 1;
      return undefined;
    },
    observe({ headers, request }: RateLimitResponse) {
      const now = request.now;
      learn(overall, headers.get('x-ratelimit-limit'), headers.get('x-ratelimit-usage'), now);
      learn(read, headers.get('x-readratelimit-limit'), headers.get('x-readratelimit-usage'), now);
    },
    retryAt({ request }: RateLimitResponse) {
      const now = request.now;
      const exhausted = spent(applicable(request), now);
      // A 429 with no readable usage still means a 15-minute budget is spent.
      return exhausted ? resetOf(exhausted, now) : nextStravaQuarter(now);
    },
  };
}
