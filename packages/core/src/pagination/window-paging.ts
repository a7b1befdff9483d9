import { invalidPagingOption, type PaginationControls, pickControls } from './controls.js';
import { createPaginator, type Paginator } from './paginator.js';

/** A half-open time range `[start, end)`. */
export interface DateWindow {
  /** The first instant in the window. */
  start: Date;
  /** The instant just after the window. */
  end: Date;
}

/**
 * One page of one window, as {@link DateWindowPagingOptions.fetchWindow} may return it (the
 * `{ items, next }` a `createPaginator` page fetcher returns is one).
 */
export interface WindowPage<TItem, TInner> {
  /** The page's items. */
  items: TItem[];
  /** The cursor of the window's next page; absent when the window is done. @defaultValue none */
  next?: TInner | undefined;
  /**
   * Whether the window has another page: `false` ends the window even with a `next` cursor;
   * without one the window ends whatever it says. The walk goes on with the next window.
   * @defaultValue `next` decides
   */
  more?: boolean | undefined;
}

/** The resumable cursor of {@link dateWindowPaging}: a window and the page inside it. */
export interface WindowCursor<TInner> {
  /** Start of the current window, ISO 8601 UTC. */
  windowStart: string;
  /** The page cursor inside the window; absent for the window's first page. */
  inner?: TInner;
}

/** Options of {@link dateWindowPaging}. */
export interface DateWindowPagingOptions<TItem, TInner> extends PaginationControls {
  /** Start of the whole range (inclusive). */
  since: Date;
  /** End of the whole range (exclusive). */
  until: Date;
  /** The longest window the API accepts in one query, in milliseconds. */
  maxWindowMs: number;
  /**
   * Visit windows oldest first or newest first. The windows are the same either way: cut from
   * `since` every `maxWindowMs`, the last one ending at `until`.
   * @defaultValue 'ascending'
   */
  order?: 'ascending' | 'descending';
  /**
   * Fetches one page of one window: its items when the window comes in one answer, or a
   * {@link WindowPage} whose `next` asks for another page of the same window.
   */
  fetchWindow: (
    window: DateWindow,
    innerCursor: TInner | undefined,
    signal: AbortSignal | undefined,
  ) => Promise<TItem[] | WindowPage<TItem, TInner>>;
  /**
   * A saved cursor to resume from.
   * @defaultValue the first window in `order`
   */
  start?: WindowCursor<TInner>;
}

/**
 * A paginator over an API that only answers for a bounded date range per query: it splits
 * `[since, until)` into windows no longer than `maxWindowMs` and pages through each in turn.
 *
 * @param options - The range, window length, order, window fetcher and paging controls.
 * @throws {@link FitlinkError} with code `invalid_argument` when a date is invalid, `since` is
 * not before `until`, `maxWindowMs` is not positive, or `start` is outside the range.
 *
 * @example
 * ```ts
 * const days = dateWindowPaging({
 *   since: new Date('2025-01-01T00:00:00Z'),
 *   until: new Date('2025-04-01T00:00:00Z'),
 *   maxWindowMs: 30 * 86_400_000,
 *   // One answer per window: return its items.
 *   fetchWindow: ({ start, end }, _inner, signal) =>
 *     http.get('v2/cycle', { query: { start: start.toISOString(), end: end.toISOString() }, signal }),
 * });
 * ```
 */
export function dateWindowPaging<TItem, TInner = never>(
  options: DateWindowPagingOptions<TItem, TInner>,
): Paginator<TItem, WindowCursor<TInner>> {
  const since = options.since.getTime();
  const until = options.until.getTime();
  const { maxWindowMs, fetchWindow, order = 'ascending' } = options;
  if (!Number.isFinite(since) || !Number.isFinite(until)) {
    throw invalidPagingOption('since and until must be valid dates');
  }
  if (since >= until) throw invalidPagingOption('since must be before until');
  if (!(Number.isFinite(maxWindowMs) && maxWindowMs > 0)) {
    throw invalidPagingOption('maxWindowMs must be a positive number of milliseconds');
  }
  const windowEnd = (windowStart: number): number => Math.min(windowStart + maxWindowMs, until);
  const lastStart = since + (Math.ceil((until - since) / maxWindowMs) - 1) * maxWindowMs;
  const start = options.start ?? {
    windowStart: new Date(order === 'ascending' ? since : lastStart).toISOString(),
  };
  const startMs = Date.parse(start.windowStart);
  if (!(startMs >= since && startMs < until)) {
    throw invalidPagingOption('The start cursor is not inside [since, until)');
  }
  const nextWindow = (windowStart: number): WindowCursor<TInner> | undefined => {
    if (order === 'ascending') {
      const end = windowEnd(windowStart);
      return end < until ? { windowStart: new Date(end).toISOString() } : undefined;
    }
    // A resumed cursor off the grid (maxWindowMs changed) gets a first window that overlaps the
    // one before it: items may come twice, none are skipped.
    return windowStart > since
      ? { windowStart: new Date(Math.max(windowStart - maxWindowMs, since)).toISOString() }
      : undefined;
  };
  return createPaginator<TItem, WindowCursor<TInner>>({
    ...pickControls(options),
    start,
    fetchPage: async (cursor, signal) => {
      const current = cursor ?? start;
      const windowStart = Date.parse(current.windowStart);
      const window = { start: new Date(windowStart), end: new Date(windowEnd(windowStart)) };
      const answer = await fetchWindow(window, current.inner, signal);
      const page: WindowPage<TItem, TInner> = Array.isArray(answer) ? { items: answer } : answer;
      const next =
        page.next === undefined || page.more === false
          ? nextWindow(windowStart)
          : { windowStart: current.windowStart, inner: page.next };
      return { items: page.items, next };
    },
  });
}
