import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  pickCallOptions,
  routePath,
} from '@fitlink/core';
import { SMASHRUN_ROUTES } from '../endpoints.js';
import type { SmashrunStats } from '../schemas/stats.js';

/** Options of {@link SmashrunStatsResource.get}. */
export interface SmashrunStatsOptions extends CallOptions {
  /** A year, for that year's stats. @defaultValue lifetime */
  year?: number;
  /** A month (1–12) of `year`. */
  month?: number;
}

/** Running statistics. */
export interface SmashrunStatsResource {
  /**
   * Lifetime stats, or one year's, or one month's (`GET /my/stats[/{year}[/{month}]]`).
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` for a month without a year.
   * @example
   * ```ts
   * const october = await client.stats.get({ year: 2026, month: 10 });
   * ```
   */
  get(options?: SmashrunStatsOptions): Promise<SmashrunStats>;
}

/** Creates the stats resource over a SmashRun HTTP client. */
export function createSmashrunStats(http: HttpClient): SmashrunStatsResource {
  return {
    async get(options = {}) {
      const { year, month } = options;
      if (month !== undefined && (year === undefined || month < 1 || month > 12)) {
        throw new FitlinkError('smashrun stats: month must be 1-12 and needs a year', {
          code: ErrorCodes.invalidArgument,
          provider: 'smashrun',
        });
      }
      const route =
        year === undefined
          ? SMASHRUN_ROUTES.stats
          : month === undefined
            ? SMASHRUN_ROUTES.statsYear
            : SMASHRUN_ROUTES.statsMonth;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, {
          ...(year !== undefined ? { year } : {}),
          ...(month !== undefined ? { month } : {}),
        }),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
