import { type PageCursor, type Paginator, pagePaging } from '@fitlink/core';

/** A page of a Peloton list (pages count from 0). */
interface PelotonPage<T> {
  data: T[];
  page_count?: number | undefined;
  show_next?: boolean | undefined;
}

/** Options of {@link pelotonPageList}. */
export interface PelotonPageListOptions<T> {
  /** Items per page. */
  pageSize: number;
  /** Fetches one page. */
  fetch: (page: number, signal: AbortSignal | undefined) => Promise<PelotonPage<T>>;
  /** A saved cursor to resume from. */
  cursor?: PageCursor | undefined;
  /** Aborts the iteration. */
  signal?: AbortSignal | undefined;
  /** The most pages to fetch. */
  maxPages?: number | undefined;
}

/**
 * A paginator over Peloton's 0-based `page`/`limit` lists (core's `pagePaging`), ending where
 * `show_next` (or `page_count`) says, so no request is spent on an empty page.
 */
export function pelotonPageList<T>(options: PelotonPageListOptions<T>): Paginator<T, PageCursor> {
  const { pageSize } = options;
  return pagePaging<T>({
    firstPage: 0,
    pageSize,
    ...(options.cursor ? { start: options.cursor } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    fetch: async (page, _size, signal) => {
      const answer = await options.fetch(page, signal);
      const said =
        answer.show_next ??
        (answer.page_count === undefined
          ? answer.data.length === pageSize
          : page + 1 < answer.page_count);
      // An empty page ends the list whatever `show_next` says.
      return { items: answer.data, more: said && answer.data.length > 0 };
    },
  });
}
