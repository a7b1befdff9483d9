import { invalidPagingOption, type PaginationControls, pickControls } from './controls.js';
import { type PageAnswer, readPageAnswer } from './page-answer.js';
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
  /**
   * Fetches one page: its items, or a {@link PageAnswer} whose `more` says whether another page
   * follows (Peloton's `show_next`), overriding the empty- and short-page rules.
   */
  fetch: (
    page: number,
    pageSize: number,
    signal: AbortSignal | undefined,
  ) => Promise<TItem[] | PageAnswer<TItem>>;
  /**
   * Stop after a page with fewer than `pageSize` items, saving the request for the empty page.
   * Leave it off for APIs that may return short pages before the end. A page's `more` wins.
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
 * A paginator over an API paged by page number (`?page=2&per_page=50`). It stops where a page's
 * `more` is `false`; without `more`, at the first empty page, or at a short one with
 * `stopOnShortPage`. A page with `more: true` is followed even when it is empty or short.
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
      const { items, more } = readPageAnswer(await fetch(page, pageSize, signal));
      const last =
        more === undefined
          ? items.length === 0 || (stopOnShortPage && items.length < pageSize)
          : !more;
      return { items, next: last ? undefined : { page: page + 1 } };
    },
  });
}
