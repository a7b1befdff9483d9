import {
  type CallOptions,
  dateWindowPaging,
  type HttpClient,
  type Paginator,
  pickCallOptions,
  routePath,
  type WindowCursor,
} from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import type { PolarRoute } from '../endpoints.js';

const DAY_MS = 86_400_000;
// Local dates run from UTC−12 to UTC+14: the dates an instant can fall on, either side.
const WEST_MS = 12 * 3_600_000;
const EAST_MS = 14 * 3_600_000;

/** The cursor of Polar's range lists: the date window being read (core's `WindowCursor`). */
export type PolarListCursor = WindowCursor<never>;

/** Options of a v4 range list. */
export interface PolarRangeOptions extends CallOptions {
  /** Start of the range (inclusive). */
  since: Date;
  /** End of the range (exclusive). */
  until: Date;
  /** A saved {@link @fitlink/core!Paginator.cursor} of the same list, to resume. @defaultValue the first window */
  cursor?: PolarListCursor | undefined;
}

/** Options of a list that may ask for `features` (details, one day per request). */
export interface PolarFeatureRangeOptions extends PolarRangeOptions {
  /** Details to include (a repeated `features` key); each request then covers one day. @defaultValue none */
  features?: readonly string[];
}

/** Calendar date of an epoch instant, UTC. */
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The whole local dates `[from, to)` that instants in `[since, until)` can fall on anywhere on
 * Earth, as day-aligned epoch ms: the records are filed by the user's local date.
 */
export function localDateSpan(since: Date, until: Date): { from: number; to: number } {
  const from = Math.floor((since.getTime() - WEST_MS) / DAY_MS) * DAY_MS;
  const to = Math.floor((until.getTime() - 1 + EAST_MS) / DAY_MS) * DAY_MS + DAY_MS;
  return { from, to };
}

/**
 * Reads one explicit range of dates (`from` inclusive, `to` exclusive, within the collection's
 * longest range, or one day with `features`): one request; a 204 reads as empty.
 */
export async function fetchDates<S extends zc.$ZodType, T>(
  http: HttpClient,
  route: PolarRoute<S>,
  items: (answer: zc.output<S>) => T[],
  dates: { from: string; to: string; features?: readonly string[] | undefined },
  options: CallOptions = {},
): Promise<T[]> {
  const features = dates.features ?? [];
  const { data } = await http.request({
    method: route.method,
    path: routePath(route),
    query: {
      from: dates.from,
      to: dates.to,
      ...(features.length > 0 ? { features: [...features] } : {}),
    },
    schema: route.response,
    // Polar answers 204 when a range has no data.
    allowEmpty: true,
    ...pickCallOptions(options),
  });
  return data === null || data === undefined ? [] : items(data as zc.output<S>);
}

/**
 * Lists a v4 collection over a range in as few requests as Polar allows: windows of `maxDays`
 * whole dates (one day when `features` are asked for), `from` inclusive and `to` exclusive,
 * oldest first. A resumable core paginator whose cursor is the window being read.
 */
export function listRange<S extends zc.$ZodType, T>(
  http: HttpClient,
  route: PolarRoute<S>,
  items: (answer: zc.output<S>) => T[],
  options: PolarFeatureRangeOptions,
  maxDays: number,
): Paginator<T, PolarListCursor> {
  const { from, to } = localDateSpan(options.since, options.until);
  const features = options.features ?? [];
  return dateWindowPaging<T>({
    since: new Date(from),
    until: new Date(to),
    maxWindowMs: (features.length > 0 ? 1 : maxDays) * DAY_MS,
    ...(options.cursor ? { start: options.cursor } : {}),
    fetchWindow: ({ start, end }, _inner, signal) =>
      fetchDates(
        http,
        route,
        items,
        { from: isoDate(start.getTime()), to: isoDate(end.getTime()), features },
        { ...pickCallOptions(options), ...(signal ? { signal } : {}) },
      ),
  });
}
