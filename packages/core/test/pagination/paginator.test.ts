import { describe, expect, it } from 'vitest';
import { ErrorCodes, FitlinkError } from '../../src/errors/index.js';
import { createPaginator } from '../../src/pagination/index.js';

type Cursor = { page: number };

/** A fake API of `pages` pages, recording every fetch. */
function source(pages: number[][]) {
  const fetched: (number | undefined)[] = [];
  const paginator = (start?: Cursor, extra: { maxPages?: number; signal?: AbortSignal } = {}) =>
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
  return { fetched, paginator };
}

const threePages = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8],
];

describe('createPaginator', () => {
  it('is lazy and iterates every item across pages', async () => {
    const { fetched, paginator } = source(threePages);
    const items = paginator();
    expect(fetched).toEqual([]);
    const seen: number[] = [];
    for await (const item of items) seen.push(item);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fetched).toEqual([undefined, 1, 2]);
    expect(items.done).toBe(true);
    expect(items.cursor).toBeUndefined();
  });

  it('fetches no further page after an early break and resumes without loss', async () => {
    const { fetched, paginator } = source(threePages);
    const first = paginator();
    const seen: number[] = [];
    for await (const item of first) {
      seen.push(item);
      if (item === 5) break;
    }
    expect(fetched).toEqual([undefined, 1]);
    expect(first.done).toBe(false);
    // Broke in the middle of page 1: resume from page 1 (re-delivering 4 and 5, skipping none).
    const saved = JSON.parse(JSON.stringify(first.cursor)) as Cursor;
    expect(saved).toEqual({ page: 1 });

    const resumed = paginator(saved);
    for await (const item of resumed) seen.push(item);
    expect(seen).toEqual([1, 2, 3, 4, 5, 4, 5, 6, 7, 8]);
    expect(new Set(seen)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
  });

  it('points the cursor at the current page while it is consumed and at the next one after', async () => {
    const { paginator } = source(threePages);
    const items = paginator();
    const cursors: unknown[] = [];
    for await (const item of items) cursors.push([item, items.cursor]);
    expect(cursors).toEqual([
      [1, undefined],
      [2, undefined],
      [3, undefined],
      [4, { page: 1 }],
      [5, { page: 1 }],
      [6, { page: 1 }],
      [7, { page: 2 }],
      [8, { page: 2 }],
    ]);

    const pages = paginator();
    for await (const page of pages.pages()) {
      expect(pages.cursor).toEqual(page.cursor);
      if (page.cursor?.page === 1) break;
    }
    expect(pages.cursor).toEqual({ page: 1 });
  });

  it('continues the same paginator where the previous loop stopped', async () => {
    const { fetched, paginator } = source(threePages);
    const items = paginator();
    for await (const page of items.pages()) {
      expect(page.items).toEqual([1, 2, 3]);
      expect(page.next).toEqual({ page: 1 });
      break;
    }
    expect(await items.toArray({ limit: 100 })).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fetched).toEqual([undefined, undefined, 1, 2]);
    expect(await items.toArray({ limit: 100 })).toEqual([]);
  });

  it('toArray stops fetching once the limit is reached', async () => {
    const { fetched, paginator } = source(threePages);
    expect(await paginator().toArray({ limit: 4 })).toEqual([1, 2, 3, 4]);
    expect(fetched).toEqual([undefined, 1]);
    expect(await paginator().toArray({ limit: 3 })).toEqual([1, 2, 3]);
    expect(fetched).toEqual([undefined, 1, undefined]);
    expect(await paginator().toArray({ limit: Number.POSITIVE_INFINITY })).toHaveLength(8);
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      await expect(paginator().toArray({ limit })).rejects.toMatchObject({
        code: ErrorCodes.invalidArgument,
      });
    }
  });

  it('handles an empty first page and empty pages in the middle', async () => {
    const empty = source([[]]);
    const items = empty.paginator();
    expect(await items.toArray({ limit: 10 })).toEqual([]);
    expect(empty.fetched).toEqual([undefined]);
    expect(items.done).toBe(true);

    const gap = source([[1], [], [2]]);
    expect(await gap.paginator().toArray({ limit: 10 })).toEqual([1, 2]);
  });

  it('stops at maxPages with a resumable cursor', async () => {
    const { fetched, paginator } = source(threePages);
    const bounded = paginator(undefined, { maxPages: 2 });
    expect(await bounded.toArray({ limit: 100 })).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bounded.done).toBe(false);
    expect(bounded.cursor).toEqual({ page: 2 });
    expect(fetched).toEqual([undefined, 1]);
    expect(() => paginator(undefined, { maxPages: 0 })).toThrow(FitlinkError);
  });

  it('keeps the cursor at a page whose fetch failed', async () => {
    let calls = 0;
    const items = createPaginator<number, number>({
      start: 0,
      fetchPage: async (cursor) => {
        calls++;
        if (cursor === 1 && calls === 2) throw new Error('503');
        return { items: [cursor ?? 0], next: cursor === 2 ? undefined : (cursor ?? 0) + 1 };
      },
    });
    await expect(items.toArray({ limit: 10 })).rejects.toThrow('503');
    expect(items.cursor).toBe(1);
    expect(await items.toArray({ limit: 10 })).toEqual([1, 2]);
  });

  it('stops when the signal aborts and passes it to each fetch', async () => {
    const controller = new AbortController();
    const signals: (AbortSignal | undefined)[] = [];
    const items = createPaginator<number, number>({
      start: 0,
      signal: controller.signal,
      fetchPage: async (cursor, signal) => {
        signals.push(signal);
        return { items: [cursor ?? 0], next: (cursor ?? 0) + 1 };
      },
    });
    const seen: number[] = [];
    const run = async () => {
      for await (const item of items) {
        seen.push(item);
        if (item === 1) controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ code: ErrorCodes.aborted });
    expect(seen).toEqual([0, 1]);
    expect(signals).toEqual([controller.signal, controller.signal]);
    expect(items.cursor).toBe(2);
  });

  it('refuses to be iterated twice at once', async () => {
    const { paginator } = source(threePages);
    const items = paginator();
    const first = items[Symbol.asyncIterator]();
    await first.next();
    await expect(items.toArray({ limit: 1 })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
    await first.return?.();
    expect(await items.toArray({ limit: 1 })).toEqual([1]);
  });
});
