import {
  type DateWindow,
  dateWindowPaging,
  type HttpClient,
  type Paginator,
  routePath,
} from '@fitlink/core';
import { COROS_ROUTES } from '../endpoints.js';
import type { CorosDaily } from '../schemas/daily.js';
import type { CorosListOptions, CorosWindowCursor } from './activities.js';
import { COROS_MAX_WINDOW_MS, corosDayRange, corosWindowQuery } from './date-range.js';
import { corosRequest } from './request.js';

/** COROS daily data in its wire shape. */
export interface CorosDailyResource {
  /**
   * Days of a date range (`GET /coros/daily/query`), 30 days per request, oldest window first:
   * the night's sleep window (no stages), resting heart rate, HRV, steps and energy.
   *
   * @example
   * ```ts
   * for await (const day of client.daily.list({ since, until })) console.log(day.happenDay, day.rhr);
   * ```
   */
  list(options: CorosListOptions): Paginator<CorosDaily, CorosWindowCursor>;
}

/** Creates the daily resource over the client's HTTP client. */
export function createCorosDaily(http: HttpClient): CorosDailyResource {
  return {
    list(options) {
      return dateWindowPaging<CorosDaily>({
        ...corosDayRange(options.since, options.until),
        maxWindowMs: COROS_MAX_WINDOW_MS,
        ...(options.cursor ? { start: options.cursor } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        fetchWindow: async (window: DateWindow, _inner, signal) => {
          const data = await corosRequest(
            http,
            {
              path: routePath(COROS_ROUTES.daily),
              query: corosWindowQuery(window),
              schema: COROS_ROUTES.daily.response,
            },
            { ...options, ...(signal ? { signal } : {}) },
          );
          return data?.dailyList ?? [];
        },
      });
    },
  };
}
