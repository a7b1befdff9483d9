import { invalidPagingOption, type PaginationControls, pickControls } from './controls.js';
import { createPaginator, type Paginator } from './paginator.js';

/** The resumable cursor of {@link pagePaging}: the page number to fetch. */
export interface PageCursor {
  /** Page number, counted from `firstPage`. */
  page: number;
}

/** Options of {@link pagePaging}. */
export interface PagePagingOptions<TItem> extends PaginationControls {
  /**
   * Number of the first page (APIs count from 1 or 0).
   * @defaultValue 1
   */
  firstPage?: number;
  /** Items per page, passed to `fetch`. */
  pageSize: number;
  /** Fetches one page. */
  fetch: (page: number, pageSize: number, signal: AbortSignal | undefined) => Promise<TItem[]>;
  /**
   * Stop after a page with fewer than `pageSize` items, saving the request for the empty page.
   * Leave it off for APIs that may return short pages before the end.
   * @defaultValue false
   */
  stopOnShortPage?: boolean;
  /**
   * A saved cursor to resume from.
   * @defaultValue `{ page: firstPage }`
   */
  start?: PageCursor;
}

/**
 * A paginator over an API paged by page number (`?page=2&per_page=50`). It stops at the first
 * empty page, or at a short one with `stopOnShortPage`.
 *
 * @param options - The page fetcher, page size, first page number and paging controls.
 * @throws {@link FitlinkError} with code `invalid_argument` when `pageSize` is not a positive
 * integer or a page number is not an integer.
 *
 * @example
 * ```ts
 * const activities = pagePaging({
 *   pageSize: 100,
 *   fetch: (page, perPage, signal) => http.get('athlete/activities', { query: { page, per_page: perPage }, signal }),
 * });
 * for await (const activity of activities) console.log(activity.id);
 * ```
 */
export function pagePaging<TItem>(options: PagePagingOptions<TItem>): Paginator<TItem, PageCursor> {
  const { firstPage = 1, pageSize, fetch, stopOnShortPage = false } = options;
  if (!(Number.isInteger(pageSize) && pageSize > 0)) {
    throw invalidPagingOption('pageSize must be a positive integer');
  }
  const start = options.start ?? { page: firstPage };
  if (!Number.isInteger(firstPage) || !Number.isInteger(start.page)) {
    throw invalidPagingOption('Page numbers must be integers');
  }
  return createPaginator<TItem, PageCursor>({
    ...pickControls(options),
    start,
    fetchPage: async (cursor, signal) => {
      const page = cursor?.page ?? firstPage;
      const items = await fetch(page, pageSize, signal);
      const last = items.length === 0 || (stopOnShortPage && items.length < pageSize);
      return { items, next: last ? undefined : { page: page + 1 } };
    },
  });
}
