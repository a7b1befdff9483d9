import { invalidPagingOption, type PaginationControls, pickControls } from './controls.js';
import { type PageAnswer, readPageAnswer } from './page-answer.js';
import { createPaginator, type Paginator } from './paginator.js';

/** The resumable cursor of {@link offsetPaging}: how many items to skip. */
export interface OffsetCursor {
  /** Index of the first item of the page. */
  offset: number;
}

/** Options of {@link offsetPaging}. */
export interface OffsetPagingOptions<TItem> extends PaginationControls {
  /** Items per page (the `limit` the API is asked for), passed to `fetch`. */
  pageSize: number;
  /**
   * Fetches the items from `offset` on, at most `pageSize` of them: the items, or a
   * {@link PageAnswer} whose `more` says whether others follow (Spotify's `next !== null`).
   */
  fetch: (
    offset: number,
    pageSize: number,
    signal: AbortSignal | undefined,
  ) => Promise<TItem[] | PageAnswer<TItem>>;
  /**
   * Stop after a page with fewer than `pageSize` items, saving the request for the empty page.
   * Leave it off for APIs that cap the page size below what was asked. A page's `more` wins.
   * @defaultValue false
   */
  stopOnShortPage?: boolean;
  /**
   * A saved cursor to resume from.
   * @defaultValue `{ offset: 0 }`
   */
  start?: OffsetCursor;
}

/**
 * A paginator over an API paged by offset and limit (`?offset=100&limit=50`). The next offset
 * advances by the number of items actually returned, so a server that caps the limit skips
 * nothing. It stops where a page's `more` is `false`; without `more`, at a short page with
 * `stopOnShortPage`. An empty page always ends the list: the offset could not advance, so
 * asking again would fetch the same page for ever.
 *
 * @param options - The page fetcher, page size and paging controls.
 * @throws {@link FitlinkError} with code `invalid_argument` when `pageSize` is not a positive
 * integer or the start offset is not a non-negative integer.
 *
 * @example
 * ```ts
 * const workouts = offsetPaging({
 *   pageSize: 25,
 *   fetch: (offset, limit, signal) => http.get('v1/workout', { query: { offset, limit }, signal }),
 * });
 * const first100 = await workouts.toArray({ limit: 100 });
 * ```
 */
export function offsetPaging<TItem>(
  options: OffsetPagingOptions<TItem>,
): Paginator<TItem, OffsetCursor> {
  const { pageSize, fetch, stopOnShortPage = false } = options;
  if (!(Number.isInteger(pageSize) && pageSize > 0)) {
    throw invalidPagingOption('pageSize must be a positive integer');
  }
  const start = options.start ?? { offset: 0 };
  if (!(Number.isInteger(start.offset) && start.offset >= 0)) {
    throw invalidPagingOption('offset must be a non-negative integer');
  }
  return createPaginator<TItem, OffsetCursor>({
    ...pickControls(options),
    start,
    fetchPage: async (cursor, signal) => {
      const offset = cursor?.offset ?? 0;
      const { items, more } = readPageAnswer(await fetch(offset, pageSize, signal));
      const last =
        items.length === 0 ||
        (more === undefined ? stopOnShortPage && items.length < pageSize : !more);
      return { items, next: last ? undefined : { offset: offset + items.length } };
    },
  });
}
