import { createPaginator, type PageCursor, type Paginator } from '@fitlink/core';

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
 * A paginator over Peloton's 0-based `page`/`limit` lists, ending where `show_next` (or
 * `page_count`) says, so no request is spent on an empty page.
 */
export function pelotonPageList<T>(options: PelotonPageListOptions<T>): Paginator<T, PageCursor> {
  return createPaginator<T, PageCursor>({
    start: options.cursor ?? { page: 0 },
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    fetchPage: async (cursor, signal) => {
      const page = cursor?.page ?? 0;
      const answer = await options.fetch(page, signal);
      const more =
        answer.show_next ??
        (answer.page_count === undefined
          ? answer.data.length === options.pageSize
          : page + 1 < answer.page_count);
      return {
        items: answer.data,
        next: more && answer.data.length > 0 ? { page: page + 1 } : undefined,
      };
    },
  });
}
