import {
  type CallOptions,
  createPaginator,
  offsetMinutesForZone,
  type Paginator,
  resolveRange,
  type TimeRange,
} from '@fitlink/core';
import type { TrainingPeaksContext } from './context.js';

const DAY_MS = 86_400_000;

/** The resumable cursor of a date-range listing: the first local date of the next request. */
export interface TrainingPeaksDateCursor {
  /** `YYYY-MM-DD`, local to the athlete. */
  startDate: string;
}

/** Options of a date-range listing. */
export interface TrainingPeaksRangeOptions extends TimeRange, CallOptions {
  /** A saved {@link @fitlink/core!Paginator.cursor} to resume from. */
  cursor?: TrainingPeaksDateCursor | undefined;
}

/** The local calendar date of an instant in a zone (UTC when `zone` is null). */
export function localDateOf(epochMs: number, zone: string | null): string {
  const offset = zone ? (offsetMinutesForZone(zone, epochMs) ?? 0) : 0;
  return new Date(epochMs + offset * 60_000).toISOString().slice(0, 10);
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Pages a local-date-range endpoint over `[since, until)`: the local dates the range touches
 * are cut into runs of `maxRangeDays` (inclusive), one request each, the fewest the cap
 * allows. Without a known zone the dates are widened by a day on each side; callers filter by
 * instant. The cursor is the next run's first date. An open `until` is the client clock's now,
 * an open `since` 30 days before it.
 *
 * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not
 * before `until`.
 */
export function dateRangePaging<T>(
  context: TrainingPeaksContext,
  options: TrainingPeaksRangeOptions,
  fetchRange: (startDate: string, endDate: string, call: CallOptions) => Promise<T[]>,
): Paginator<T, TrainingPeaksDateCursor> {
  const { until, since = new Date(until.getTime() - 30 * DAY_MS) } = resolveRange(
    options,
    context.clock,
  );
  let bounds: Promise<{ first: string; last: string }> | undefined;
  const resolveBounds = () => {
    bounds ??= context.timeZone(options).then((zone) => {
      const widen = zone === null ? 1 : 0;
      return {
        first: addDays(localDateOf(since.getTime(), zone), -widen),
        last: addDays(localDateOf(until.getTime() - 1, zone), widen),
      };
    });
    return bounds;
  };
  // Not core's dateWindowPaging: its windows are instants fixed up front, these are local
  // calendar days known only once the athlete's zone is read, and the cursor is a local date.
  return createPaginator<T, TrainingPeaksDateCursor>({
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.cursor ? { start: options.cursor } : {}),
    fetchPage: async (cursor, signal) => {
      const { first, last } = await resolveBounds();
      const startDate = cursor?.startDate ?? first;
      const candidate = addDays(startDate, context.maxRangeDays - 1);
      // Dates compare as strings (`YYYY-MM-DD`), not numbers.
      const endDate = [candidate, last].sort()[0] ?? last;
      const items = await fetchRange(startDate, endDate, {
        ...options,
        ...(signal ? { signal } : {}),
      });
      return { items, next: endDate < last ? { startDate: addDays(endDate, 1) } : undefined };
    },
  });
}
