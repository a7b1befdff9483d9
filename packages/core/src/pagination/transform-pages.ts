import { invalidPagingOption } from './controls.js';
import { collectItems, type Page, type Paginator } from './paginator.js';

/**
 * What a page transform gives for one page: the output items at once (or a promise of them),
 * or an async iterable that produces them a few at a time (one request per item, say).
 */
export type TransformedItems<TOut> = TOut[] | Promise<TOut[]> | AsyncIterable<TOut>;

/** Options of {@link transformPages}. */
export interface TransformPagesOptions<TIn, TOut, TCursor> {
  /**
   * Keeps an item of the source list; the others are dropped before `map`.
   * @defaultValue every item is kept
   */
  filter?: ((item: TIn) => boolean) | undefined;
  /**
   * Ends the list at this item: the items after it on its page are not read, no further page
   * is fetched, and once the page is consumed the paginator is `done`. The item itself is still
   * kept when `filter` keeps it. For sorted lists that have moved past a range.
   * @defaultValue the list ends where the source ends
   */
  stopWhen?: ((item: TIn) => boolean) | undefined;
  /**
   * Maps the kept items of one page, with the source page (its cursor and every item) for
   * work done per page: one request joining the page's records, or a few requests at a time.
   * It runs when the page is reached, so leaving a loop early spares the pages after it.
   * @defaultValue the kept items as they are
   */
  map?: ((items: TIn[], page: Page<TIn, TCursor>) => TransformedItems<TOut>) | undefined;
}

/**
 * Derives a paginator from another page by page: items filtered, the list ended early, each
 * page mapped (normalized records from wire records). The result keeps the source's cursors:
 * while a page is being consumed its `cursor` is that page's cursor in the source (so a resume
 * re-delivers the page's items, never skips one), once the page is done the next page's;
 * `undefined` once done. A saved cursor resumes the source (pass it as the source's `start` or
 * `cursor` option) and the same transform again. `toArray({ limit })` fetches no page beyond
 * the one that fills the limit.
 *
 * @param source - The source paginator (usually a resource's wire list). Iterate only the result.
 * @param options - `filter`, `stopWhen` and `map`.
 * @throws {@link FitlinkError} with code `invalid_argument` when the result is iterated twice
 * at once; during iteration, whatever the source or `map` throws (the cursor stays at the page).
 * @example
 * ```ts
 * const activities = transformPages(client.workouts.list({ cursor: saved }), {
 *   filter: (workout) => workout.status === 'COMPLETE',
 *   stopWhen: (workout) => Date.parse(workout.start) < since.getTime(), // newest first
 *   map: (workouts) => workouts.map((workout) => mapWorkout(workout)),
 * });
 * for await (const activity of activities) await save(activity, activities.cursor);
 * ```
 */
export function transformPages<TIn, TCursor>(
  source: Paginator<TIn, TCursor>,
  options: TransformPagesOptions<TIn, TIn, TCursor> & { map?: undefined },
): Paginator<TIn, TCursor>;
export function transformPages<TIn, TOut, TCursor>(
  source: Paginator<TIn, TCursor>,
  options: TransformPagesOptions<TIn, TOut, TCursor> & {
    map: (items: TIn[], page: Page<TIn, TCursor>) => TransformedItems<TOut>;
  },
): Paginator<TOut, TCursor>;
export function transformPages<TIn, TOut, TCursor>(
  source: Paginator<TIn, TCursor>,
  options: TransformPagesOptions<TIn, TOut, TCursor>,
): Paginator<TOut | TIn, TCursor> {
  return new TransformedPaginator<TIn, TOut | TIn, TCursor>(source, options);
}

/**
 * Whether a value is a {@link Paginator} (has `pages`, `toArray` and `cursor`), as opposed to
 * any other async iterable.
 *
 * @param value - The value to test.
 * @example
 * ```ts
 * if (isPaginator(list)) save(list.cursor);
 * ```
 */
export function isPaginator<TItem = unknown, TCursor = unknown>(
  value: unknown,
): value is Paginator<TItem, TCursor> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Paginator<TItem, TCursor>>;
  return (
    typeof candidate.pages === 'function' &&
    typeof candidate.toArray === 'function' &&
    'cursor' in candidate
  );
}

/** One source page after the transform: its output items (maybe still to come) and cursors. */
interface TransformedStep<TOut, TCursor> {
  items: TOut[] | AsyncIterable<TOut>;
  cursor: TCursor | undefined;
  next: TCursor | undefined;
}

class TransformedPaginator<TIn, TOut, TCursor> implements Paginator<TOut, TCursor> {
  readonly #source: Paginator<TIn, TCursor>;
  readonly #options: TransformPagesOptions<TIn, TOut, TCursor>;
  #stopped = false;
  #active = false;

  constructor(source: Paginator<TIn, TCursor>, options: TransformPagesOptions<TIn, TOut, TCursor>) {
    this.#source = source;
    this.#options = options;
  }

  // The source is suspended on the page being consumed, so its cursor is that page's until the
  // consumer asks for more; a stop ends the list where the source would have gone on.
  get cursor(): TCursor | undefined {
    return this.#stopped ? undefined : this.#source.cursor;
  }

  get done(): boolean {
    return this.#stopped || this.#source.done;
  }

  pages(): AsyncIterable<Page<TOut, TCursor>> {
    const steps = () => this.#walk();
    return {
      async *[Symbol.asyncIterator]() {
        for await (const step of steps()) {
          const items: TOut[] = [];
          for await (const item of step.items) items.push(item);
          yield { items, cursor: step.cursor, next: step.next };
        }
      },
    };
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TOut> {
    for await (const step of this.#walk()) yield* step.items;
  }

  toArray(options: { limit: number }): Promise<TOut[]> {
    return collectItems(this, options);
  }

  async *#walk(): AsyncGenerator<TransformedStep<TOut, TCursor>, void, undefined> {
    if (this.#active) throw invalidPagingOption('This paginator is already being iterated');
    if (this.#stopped) return;
    this.#active = true;
    try {
      const { filter, stopWhen, map } = this.#options;
      for await (const page of this.#source.pages()) {
        const kept: TIn[] = [];
        let stop = false;
        for (const item of page.items) {
          if (filter === undefined || filter(item)) kept.push(item);
          if (stopWhen?.(item)) {
            stop = true;
            break;
          }
        }
        const mapped = map === undefined ? (kept as unknown as TOut[]) : map(kept, page);
        const items =
          Array.isArray(mapped) || Symbol.asyncIterator in mapped ? mapped : await mapped;
        yield { items, cursor: page.cursor, next: stop ? undefined : page.next };
        // Reached only when the consumer asks for more: the page is fully consumed.
        if (stop) {
          this.#stopped = true;
          return;
        }
      }
    } finally {
      this.#active = false;
    }
  }
}
