import {
  type CallOptions,
  dateWindowPaging,
  type HttpClient,
  type Paginator,
  pickCallOptions,
  routePath,
  type WindowCursor,
} from '@fitlink/core';
import { OURA_HEART_RATE_MAX_WINDOW_DAYS, OURA_ROUTES } from '../endpoints.js';
import type { OuraHeartRate } from '../schemas/heart-rate.js';

/** Options of {@link OuraHeartRateResource.list}. */
export interface OuraHeartRateListOptions extends CallOptions {
  /** First instant (Oura's `start_datetime`, inclusive). */
  since: Date;
  /** End (Oura's `end_datetime`, exclusive). */
  until: Date;
  /**
   * The longest window asked for in one request, days.
   * @defaultValue {@link OURA_HEART_RATE_MAX_WINDOW_DAYS} (30; Oura documents no limit)
   */
  maxWindowDays?: number;
  /** Stop after this many pages; `cursor` then resumes. @defaultValue no limit */
  maxPages?: number;
  /** A saved cursor to resume from (the window and its `next_token`). @defaultValue the first window */
  cursor?: WindowCursor<string>;
}

/** The heart rate time series (`heartrate`). */
export interface OuraHeartRateResource {
  /**
   * Readings in `[since, until)`, oldest first: windows of at most `maxWindowDays`, each paged
   * with `next_token`. Heart rate takes `start_datetime`/`end_datetime` (a `start_date` would be
   * ignored and return nothing).
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not before `until`.
   * @example
   * ```ts
   * for await (const reading of client.heartRate.list({ since: new Date('2026-11-19T00:00:00Z'), until: new Date('2026-11-20T00:00:00Z') })) {
   *   console.log(reading.timestamp, reading.bpm);
   * }
   * ```
   */
  list(options: OuraHeartRateListOptions): Paginator<OuraHeartRate, WindowCursor<string>>;
}

/** Builds the heart rate resource. */
export function createHeartRateResource(http: HttpClient): OuraHeartRateResource {
  const { heartRate } = OURA_ROUTES;
  return {
    list(options) {
      const days = options.maxWindowDays ?? OURA_HEART_RATE_MAX_WINDOW_DAYS;
      return dateWindowPaging<OuraHeartRate, string>({
        since: options.since,
        until: options.until,
        maxWindowMs: days * 86_400_000,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
        ...(options.cursor ? { start: options.cursor } : {}),
        fetchWindow: async (window, token, signal) => {
          const { data } = await http.request({
            method: heartRate.method,
            path: routePath(heartRate),
            query: {
              start_datetime: window.start.toISOString(),
              end_datetime: window.end.toISOString(),
              next_token: token,
            },
            schema: heartRate.response,
            ...pickCallOptions(options),
            ...(signal ? { signal } : {}),
          });
          return { items: data.data, next: data.next_token ?? undefined };
        },
      });
    },
  };
}
