import { type PaginationControls, pickControls } from './controls.js';
import { createPaginator, type Paginator } from './paginator.js';

/** The resumable cursor of {@link tokenPaging}: the page token, absent for the first page. */
export interface TokenCursor {
  /** The provider's opaque next-page token. */
  token?: string;
}

/** What a token-paged fetch returns. */
export interface TokenPage<TItem> {
  /** The page's items. */
  items: TItem[];
  /** The token of the following page; `null`, `undefined` or `''` on the last page. */
  nextToken: string | null | undefined;
  /**
   * Whether another page follows, for APIs that say so apart from the token (`has_more` beside
   * a cursor that is the last item's id): `false` ends the list even with a token. Without a
   * token the list ends whatever it says, as there is nothing to ask the next page with.
   * @defaultValue the token decides
   */
  more?: boolean | undefined;
}

/** Options of {@link tokenPaging}. */
export interface TokenPagingOptions<TItem> extends PaginationControls {
  /** Fetches the page for `token` (`undefined` for the first page). */
  fetch: (token: string | undefined, signal: AbortSignal | undefined) => Promise<TokenPage<TItem>>;
  /**
   * A saved cursor to resume from.
   * @defaultValue `{}` (the first page)
   */
  start?: TokenCursor;
}

/**
 * A paginator over an API paged by an opaque next-page token (`next_token`, `nextPageToken`,
 * a `next` URL …). It stops when the provider returns no token, or a page says `more: false`.
 *
 * @param options - The page fetcher and paging controls.
 *
 * @example
 * ```ts
 * const sleeps = tokenPaging({
 *   fetch: async (token, signal) => {
 *     const body = await http.get('v2/usercollection/sleep', { query: { next_token: token }, signal });
 *     return { items: body.data, nextToken: body.next_token };
 *   },
 * });
 * for await (const sleep of sleeps) console.log(sleep.id);
 * ```
 */
export function tokenPaging<TItem>(
  options: TokenPagingOptions<TItem>,
): Paginator<TItem, TokenCursor> {
  const { fetch } = options;
  return createPaginator<TItem, TokenCursor>({
    ...pickControls(options),
    start: options.start ?? {},
    fetchPage: async (cursor, signal) => {
      const page = await fetch(cursor?.token, signal);
      const token = page.nextToken;
      const last = token === null || token === undefined || token === '' || page.more === false;
      return { items: page.items, next: last ? undefined : { token } };
    },
  });
}
