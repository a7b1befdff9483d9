const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

/** Budgets and usage the sandbox reports in Strava's rate-limit headers. Writable in tests. */
export interface StravaSandboxRateLimit {
  /** Budgets: overall and read, per 15 minutes and per UTC day. */
  limits: {
    /** Requests allowed per 15-minute window. */
    short: number;
    /** Requests allowed per UTC day. */
    daily: number;
    /** Read (non-upload) requests allowed per 15-minute window. */
    readShort: number;
    /** Read (non-upload) requests allowed per UTC day. */
    readDaily: number;
  };
  /**
   * Requests counted in the current windows. Set them to simulate a spent budget (for example
   * `usage.readShort = 100`); the 15-minute counts reset at :00/:15/:30/:45 UTC and the daily
   * ones at midnight UTC, on the handlers' clock.
   */
  usage: {
    /** Requests counted in the current 15-minute window. */
    short: number;
    /** Requests counted in the current UTC day. */
    daily: number;
    /** Read requests counted in the current 15-minute window. */
    readShort: number;
    /** Read requests counted in the current UTC day. */
    readDaily: number;
  };
  /**
   * Counts one request; `read` for every non-upload call. Returns `true` when a budget was
   * already spent (the request is answered 429 but still counts, as on Strava).
   */
  count(read: boolean): boolean;
  /** `X-RateLimit-Limit`, `X-RateLimit-Usage`, `X-ReadRateLimit-Limit`, `X-ReadRateLimit-Usage`. */
  headers(): Record<string, string>;
}

/**
 * Creates the sandbox's rate-limit counter with Strava's default budgets (200/2,000 overall,
 * 100/1,000 read).
 *
 * @param clock - The windows' clock, epoch ms.
 */
export function createRateLimitCounter(clock: () => number): StravaSandboxRateLimit {
  let quarter = Math.floor(clock() / QUARTER_MS);
  let day = Math.floor(clock() / DAY_MS);
  const counter: StravaSandboxRateLimit = {
    limits: { short: 200, daily: 2000, readShort: 100, readDaily: 1000 },
    usage: { short: 0, daily: 0, readShort: 0, readDaily: 0 },
    count(read) {
      const now = clock();
      const { usage, limits } = counter;
      if (Math.floor(now / QUARTER_MS) !== quarter) {
        quarter = Math.floor(now / QUARTER_MS);
        usage.short = 0;
        usage.readShort = 0;
      }
      if (Math.floor(now / DAY_MS) !== day) {
        day = Math.floor(now / DAY_MS);
        usage.daily = 0;
        usage.readDaily = 0;
      }
      const spent =
        usage.short >= limits.short ||
        usage.daily >= limits.daily ||
        (read && (usage.readShort >= limits.readShort || usage.readDaily >= limits.readDaily));
      usage.short += 1;
      usage.daily += 1;
      if (read) {
        usage.readShort += 1;
        usage.readDaily += 1;
      }
      return spent;
    },
    headers() {
      const { usage, limits } = counter;
      return {
        'X-RateLimit-Limit': `${limits.short},${limits.daily}`,
        'X-RateLimit-Usage': `${usage.short},${usage.daily}`,
        'X-ReadRateLimit-Limit': `${limits.readShort},${limits.readDaily}`,
        'X-ReadRateLimit-Usage': `${usage.readShort},${usage.readDaily}`,
      };
    },
  };
  return counter;
}
