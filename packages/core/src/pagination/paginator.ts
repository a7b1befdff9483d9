import { ErrorCodes, FitlinkError } from '../errors/index.js';
import { invalidPagingOption, type PaginationControls } from './controls.js';

/** One fetched page, as {@link Paginator.pages} yields it. */
export interface Page<TItem, TCursor> {
  /** The page's items, in the provider's order. */
  items: TItem[];
  /** The cursor this page was fetched with (`undefined` for a first page fetched without one). */
  cursor: TCursor | undefined;
  /** The cursor of the following page, or `undefined` when this is the last page. */
  next: TCursor | undefined;
}

/** What a page fetcher returns: the items and the cursor of the following page, if any. */
export interface FetchedPage<TItem, TCursor> {
  /** The page's items. */
  items: TItem[];
  /** The cursor of the following page, or `undefined` when this is the last page. */
  next: TCursor | undefined;
}

/** Options of {@link createPaginator}. */
export interface CreatePaginatorOptions<TItem, TCursor> extends PaginationControls {
  /**
   * Where to start: a saved {@link Paginator.cursor}, or the first page's cursor.
   * @defaultValue `undefined`, which `fetchPage` receives for the first page
   */
  start?: TCursor;
  /** Fetches the page at `cursor`. */
  fetchPage: (
    cursor: TCursor | undefined,
    signal: AbortSignal | undefined,
  ) => Promise<FetchedPage<TItem, TCursor>>;
}

/**
 * A lazy, resumable walk over a paginated list: `for await` it for every item, or use
 * {@link Paginator.pages} for whole pages. Nothing is fetched before iteration starts, and
 * leaving a loop early fetches no further page. Cursors are plain JSON values: save
 * {@link Paginator.cursor} to resume later without losing an item.
 */
export interface Paginator<TItem, TCursor> extends AsyncIterable<TItem> {
  /** Iterates whole pages, continuing from {@link Paginator.cursor}. */
  pages(): AsyncIterable<Page<TItem, TCursor>>;
  /**
   * Collects items into an array, stopping (and fetching no more) once `limit` items are in.
   *
   * @throws {@link FitlinkError} with code `invalid_argument` when `limit` is not a positive
   * integer or `Infinity`.
   */
  toArray(options: { limit: number }): Promise<TItem[]>;
  /**
   * Where to start again so that nothing is lost: while a page is being consumed (and after
   * leaving a loop in its middle), that page's cursor, so its items may be delivered again but
   * never skipped; once a page is fully consumed, the next page's cursor; `undefined` when
   * {@link Paginator.done}. Before iteration it is the start cursor.
   */
  readonly cursor: TCursor | undefined;
  /** Whether the last page has been fully consumed. */
  readonly done: boolean;
}

/**
 * Builds a {@link Paginator} from a function that fetches one page.
 *
 * @param options - The page fetcher, the start cursor, an abort signal and a page limit.
 * @throws {@link FitlinkError} with code `invalid_argument` when `maxPages` is not a positive
 * integer; during iteration, with code `aborted` once `signal` has fired, and whatever
 * `fetchPage` throws (the cursor then stays at the failed page).
 *
 * @example
 * ```ts
 * const activities = createPaginator({
 *   start: saved ?? { page: 1 },
 *   fetchPage: async (cursor, signal) => {
 *     const page = cursor?.page ?? 1;
 *     const items = await getActivities({ page, signal });
 *     return { items, next: items.length > 0 ? { page: page + 1 } : undefined };
 *   },
 * });
 * for await (const activity of activities) console.log(activity.id);
 * ```
 */
export function createPaginator<TItem, TCursor>(
  options: CreatePaginatorOptions<TItem, TCursor>,
): Paginator<TItem, TCursor> {
  const { maxPages } = options;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0)) {
    throw invalidPagingOption('maxPages must be a positive integer');
  }
  return new CursorPaginator(options);
}

class CursorPaginator<TItem, TCursor> implements Paginator<TItem, TCursor> {
  readonly #options: CreatePaginatorOptions<TItem, TCursor>;
  #position: TCursor | undefined;
  #done = false;
  #fetched = 0;
  #active = false;

  constructor(options: CreatePaginatorOptions<TItem, TCursor>) {
    this.#options = options;
    this.#position = options.start;
  }

  get cursor(): TCursor | undefined {
    return this.#done ? undefined : this.#position;
  }

  get done(): boolean {
    return this.#done;
  }

  pages(): AsyncIterable<Page<TItem, TCursor>> {
    return { [Symbol.asyncIterator]: () => this.#walk() };
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TItem> {
    for await (const page of this.#walk()) yield* page.items;
  }

  toArray(options: { limit: number }): Promise<TItem[]> {
    return collectItems(this, options);
  }

  async *#walk(): AsyncGenerator<Page<TItem, TCursor>, void, undefined> {
    if (this.#active) throw invalidPagingOption('This paginator is already being iterated');
    this.#active = true;
    try {
      const { fetchPage, signal, maxPages } = this.#options;
      while (!this.#done) {
        if (maxPages !== undefined && this.#fetched >= maxPages) return;
        if (signal?.aborted) {
          throw new FitlinkError('Pagination was aborted', {
            code: ErrorCodes.aborted,
            cause: signal.reason,
          });
        }
        const cursor = this.#position;
        const page = await fetchPage(cursor, signal);
        this.#fetched++;
        yield { items: page.items, cursor, next: page.next };
        // Reached only when the consumer asks for more: the page is fully consumed.
        this.#position = page.next;
        this.#done = page.next === undefined;
      }
    } finally {
      this.#active = false;
    }
  }
}

/**
 * Collects a paginator's items into an array, leaving the loop (so fetching no further page)
 * once `limit` items are in: the shared body of every {@link Paginator.toArray}.
 *
 * @param items - The paginator.
 * @param options - The bound: a positive integer, or `Infinity` for every item.
 * @throws {@link FitlinkError} with code `invalid_argument` when `limit` is not a positive
 * integer or `Infinity`.
 */
export async function collectItems<TItem>(
  items: AsyncIterable<TItem>,
  options: { limit: number },
): Promise<TItem[]> {
  const { limit } = options;
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit > 0))) {
    throw invalidPagingOption('toArray limit must be a positive integer or Infinity');
  }
  const collected: TItem[] = [];
  for await (const item of items) {
    collected.push(item);
    if (collected.length >= limit) break;
  }
  return collected;
}
