import { describe, expect, it } from 'vitest';
import {
  createPaginator,
  ErrorCodes,
  isPaginator,
  type Paginator,
  type ResolvedRange,
  rangeTransform,
  transformPages,
} from '../../src/index.js';

type Cursor = { page: number };

/** A fake wire list of `pages` pages (newest first), recording every fetch. */
function wire(pages: number[][]) {
  const fetched: (number | undefined)[] = [];
  const list = (start?: Cursor, extra: { maxPages?: number } = {}) =>
    createPaginator<number, Cursor>({
      ...(start ? { start } : {}),
      ...extra,
      fetchPage: async (cursor) => {
        const page = cursor?.page ?? 0;
        fetched.push(cursor?.page);
        return {
          items: pages[page] ?? [],
          next: page + 1 < pages.length ? { page: page + 1 } : undefined,
        };
      },
    });
  return { fetched, list };
}

const threePages = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8],
];
const label = (items: number[]) => items.map((item) => `n${item}`);

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('transformPages', () => {
  it('maps page by page, lazily, with the source cursor of the page being consumed', async () => {
    const { fetched, list } = wire(threePages);
    const mapped = transformPages(list(), { map: label });
    expect(fetched).toEqual([]);
    expect(mapped.cursor).toBeUndefined();
    const cursors: unknown[] = [];
    for await (const item of mapped) cursors.push([item, mapped.cursor]);
    expect(cursors).toEqual([
      ['n1', undefined],
      ['n2', undefined],
      ['n3', undefined],
      ['n4', { page: 1 }],
      ['n5', { page: 1 }],
      ['n6', { page: 1 }],
      ['n7', { page: 2 }],
      ['n8', { page: 2 }],
    ]);
    expect(mapped.done).toBe(true);
    expect(mapped.cursor).toBeUndefined();
    expect(fetched).toEqual([undefined, 1, 2]);
  });

  it('resumes from a cursor saved mid-page without losing an item', async () => {
    const { list } = wire(threePages);
    const first = transformPages(list(), { map: label });
    const seen: string[] = [];
    for await (const item of first) {
      seen.push(item);
      if (item === 'n5') break;
    }
    const saved = JSON.parse(JSON.stringify(first.cursor)) as Cursor;
    expect(saved).toEqual({ page: 1 });
    // The page being consumed comes again (n4, n5), nothing is skipped.
    const resumed = await drain(transformPages(list(saved), { map: label }));
    expect(resumed).toEqual(['n4', 'n5', 'n6', 'n7', 'n8']);
  });

  it('resumes exactly when the loop stops as the next page arrives', async () => {
    const { fetched, list } = wire(threePages);
    const first = transformPages(list(), { map: label });
    const seen: string[] = [];
    for await (const item of first) {
      if (seen.length === 3) break; // n4 came: page 1 is fetched but not consumed
      seen.push(item);
    }
    expect(first.cursor).toEqual({ page: 1 });
    const rest = await drain(transformPages(list(first.cursor), { map: label }));
    expect([...seen, ...rest]).toEqual(label([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(fetched).toEqual([undefined, 1, 1, 2]);
  });

  it('filters, and stops a sorted list without fetching the page after the stop', async () => {
    const { fetched, list } = wire(threePages);
    const trimmed = transformPages(list(), {
      filter: (item) => item % 2 === 0,
      stopWhen: (item) => item >= 4,
      map: label,
    });
    expect(await drain(trimmed)).toEqual(['n2', 'n4']);
    expect(fetched).toEqual([undefined, 1]);
    expect(trimmed.done).toBe(true);
    expect(trimmed.cursor).toBeUndefined();
    expect(await drain(trimmed)).toEqual([]);
    expect(fetched).toEqual([undefined, 1]);
  });

  it('keeps the stopping page resumable until it is consumed', async () => {
    const { fetched, list } = wire(threePages);
    const trimmed = transformPages(list(), { stopWhen: (item) => item === 5 });
    for await (const item of trimmed) if (item === 4) break;
    expect(trimmed.done).toBe(false);
    expect(trimmed.cursor).toEqual({ page: 1 });
    expect(
      await drain(transformPages(list(trimmed.cursor), { stopWhen: (item) => item === 5 })),
    ).toEqual([4, 5]);
    expect(fetched).toEqual([undefined, 1, 1]);
  });

  it('toArray fetches no page beyond the one that fills the limit', async () => {
    const { fetched, list } = wire(threePages);
    expect(await transformPages(list(), { map: label }).toArray({ limit: 3 })).toEqual(
      label([1, 2, 3]),
    );
    expect(fetched).toEqual([undefined]);
    expect(await transformPages(list(), { map: label }).toArray({ limit: 4 })).toEqual(
      label([1, 2, 3, 4]),
    );
    expect(fetched).toEqual([undefined, undefined, 1]);
    await expect(transformPages(list(), {}).toArray({ limit: 0 })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });

  it('runs an asynchronous page map when the page is reached', async () => {
    const { list } = wire(threePages);
    const joined: number[][] = [];
    const mapped = transformPages(list(), {
      map: async (items, page) => {
        joined.push(page.items);
        await Promise.resolve();
        return items.map((item) => item * 10);
      },
    });
    expect(await mapped.toArray({ limit: 2 })).toEqual([10, 20]);
    expect(joined).toEqual([[1, 2, 3]]);
  });

  it('streams a page map that produces items a few at a time', async () => {
    const { fetched, list } = wire([[1, 2, 3, 4, 5, 6, 7, 8]]);
    const work: number[] = [];
    const mapped = transformPages(list(), {
      async *map(items) {
        for (let index = 0; index < items.length; index += 2) {
          const batch = items.slice(index, index + 2);
          work.push(...batch);
          yield* batch.map((item) => -item);
        }
      },
    });
    expect(await mapped.toArray({ limit: 3 })).toEqual([-1, -2, -3]);
    // Two batches of two: the fourth item's work is the only one wasted.
    expect(work).toEqual([1, 2, 3, 4]);
    expect(fetched).toEqual([undefined]);
    expect(mapped.cursor).toBeUndefined(); // the first page: fetched without a cursor
    expect(mapped.done).toBe(false);
  });

  it('yields whole transformed pages with their cursors', async () => {
    const { list } = wire(threePages);
    const pages = [];
    const trimmed = transformPages(list(), { stopWhen: (item) => item === 5, map: label });
    for await (const page of trimmed.pages()) pages.push(page);
    expect(pages).toEqual([
      { items: label([1, 2, 3]), cursor: undefined, next: { page: 1 } },
      { items: label([4, 5]), cursor: { page: 1 }, next: undefined },
    ]);
    expect(trimmed.done).toBe(true);
  });

  it('keeps the source bound (maxPages) and its resumable cursor', async () => {
    const { list } = wire(threePages);
    const bounded = transformPages(list(undefined, { maxPages: 2 }), { map: label });
    expect(await bounded.toArray({ limit: 100 })).toHaveLength(6);
    expect(bounded.done).toBe(false);
    expect(bounded.cursor).toEqual({ page: 2 });
  });

  it('keeps the cursor at a page whose map failed', async () => {
    const { list } = wire(threePages);
    const failing = transformPages(list(), {
      map: (items, page) => {
        if (page.cursor?.page === 1) throw new Error('join failed');
        return items;
      },
    });
    await expect(failing.toArray({ limit: 100 })).rejects.toThrow('join failed');
    expect(failing.cursor).toEqual({ page: 1 });
  });

  it('refuses to be iterated twice at once', async () => {
    const { list } = wire(threePages);
    const mapped = transformPages(list(), { map: label });
    const first = mapped[Symbol.asyncIterator]();
    await first.next();
    await expect(mapped.toArray({ limit: 1 })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
    await first.return?.();
  });

  it('tells paginators from other async iterables', () => {
    const { list } = wire(threePages);
    const paginator: Paginator<number, Cursor> = list();
    expect(isPaginator(paginator)).toBe(true);
    expect(isPaginator(transformPages(paginator, {}))).toBe(true);
    expect(isPaginator((async function* () {})())).toBe(false);
    expect(isPaginator(null)).toBe(false);
  });
});

describe('rangeTransform', () => {
  const range: ResolvedRange = {
    since: new Date('2026-11-10T00:00:00Z'),
    until: new Date('2026-11-20T00:00:00Z'),
  };
  type Item = { id: string; start: string | null };
  const newestFirst: Item[][] = [
    [
      { id: 'future', start: '2026-11-21T08:00:00Z' },
      { id: 'in-late', start: '2026-11-19T08:00:00Z' },
    ],
    [
      { id: 'no-start', start: null },
      { id: 'in-since', start: '2026-11-10T00:00:00Z' },
      { id: 'before', start: '2026-11-09T23:59:59Z' },
      { id: 'dropped', start: '2026-11-12T00:00:00Z' },
    ],
    [{ id: 'older', start: '2026-11-01T08:00:00Z' }],
  ];

  it('trims a newest-first paginator to [since, until) and stops at the first older item', async () => {
    const fetched: number[] = [];
    const list = createPaginator<Item, number>({
      fetchPage: async (cursor) => {
        const page = cursor ?? 0;
        fetched.push(page);
        return {
          items: newestFirst[page] ?? [],
          next: page + 1 < newestFirst.length ? page + 1 : undefined,
        };
      },
    });
    const trimmed = transformPages(list, {
      ...rangeTransform(range, (item: Item) => item.start, { order: 'desc' }),
      map: (items) => items.map((item) => item.id),
    });
    expect(await drain(trimmed)).toEqual(['in-late', 'in-since']);
    expect(fetched).toEqual([0, 1]);
    expect(trimmed.done).toBe(true);
  });

  it('never stops an unsorted list, and checks the slack at once', () => {
    const rules = rangeTransform(range, (item: Item) => item.start);
    expect(rules.stopWhen({ id: 'older', start: '2026-11-01T08:00:00Z' })).toBe(false);
    expect(rules.filter({ id: 'until', start: '2026-11-20T00:00:00Z' })).toBe(false);
    expect(rules.filter({ id: 'since', start: '2026-11-10T00:00:00Z' })).toBe(true);
    expect(() => rangeTransform(range, (item: Item) => item.start, { slackMs: -1 })).toThrow(
      expect.objectContaining({ code: ErrorCodes.invalidArgument }),
    );
  });
});
