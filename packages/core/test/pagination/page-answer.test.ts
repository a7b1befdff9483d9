import { describe, expect, it } from 'vitest';
import { offsetPaging, type PageAnswer, pagePaging } from '../../src/index.js';

const data = Array.from({ length: 25 }, (_, index) => index);

describe('pagePaging with { items, more }', () => {
  it('follows Peloton-style show_next from page 0, spending no request on an empty page', async () => {
    const pages: number[] = [];
    const items = pagePaging({
      firstPage: 0,
      pageSize: 10,
      fetch: async (page, limit) => {
        pages.push(page);
        const slice = data.slice(page * limit, (page + 1) * limit);
        return { items: slice, more: (page + 1) * limit < data.length };
      },
    });
    expect(items.cursor).toEqual({ page: 0 });
    expect(await items.toArray({ limit: 100 })).toEqual(data);
    expect(pages).toEqual([0, 1, 2]);
    expect(items.done).toBe(true);
  });

  it('ends on more: false even after a full page', async () => {
    const pages: number[] = [];
    const items = pagePaging({
      pageSize: 2,
      fetch: async (page) => {
        pages.push(page);
        return { items: [page * 10, page * 10 + 1], more: page < 2 };
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual([10, 11, 20, 21]);
    expect(pages).toEqual([1, 2]);
  });

  it('goes past short and empty pages on more: true, overriding stopOnShortPage', async () => {
    const answers: PageAnswer<number>[] = [
      { items: [1], more: true },
      { items: [], more: true },
      { items: [2, 3], more: false },
    ];
    const items = pagePaging({
      pageSize: 2,
      stopOnShortPage: true,
      fetch: async (page) => answers[page - 1]!,
    });
    expect(await items.toArray({ limit: 100 })).toEqual([1, 2, 3]);
  });

  it('leaves the end to the strategy when more is undefined, and mixes with plain arrays', async () => {
    const pages: number[] = [];
    const items = pagePaging<number>({
      pageSize: 2,
      stopOnShortPage: true,
      fetch: async (page) => {
        pages.push(page);
        if (page === 1) return [1, 2];
        return { items: page === 2 ? [3, 4] : [5], more: undefined };
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual([1, 2, 3, 4, 5]);
    expect(pages).toEqual([1, 2, 3]);
  });
});

describe('offsetPaging with { items, more }', () => {
  it('ends Spotify-style where next is null, with no request for an empty page', async () => {
    const offsets: number[] = [];
    const items = offsetPaging({
      pageSize: 10,
      fetch: async (offset, limit) => {
        offsets.push(offset);
        const slice = data.slice(offset, offset + limit);
        const next = offset + slice.length < data.length ? 'https://api.example/next' : null;
        return { items: slice, more: next !== null };
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual(data);
    expect(offsets).toEqual([0, 10, 20]);
  });

  it('goes past a short page on more: true, and advances by the items returned', async () => {
    const offsets: number[] = [];
    const items = offsetPaging({
      pageSize: 10,
      stopOnShortPage: true,
      fetch: async (offset) => {
        offsets.push(offset);
        // A server capping pages at 7 items but saying more follow.
        const slice = data.slice(offset, offset + 7);
        return { items: slice, more: offset + slice.length < data.length };
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual(data);
    expect(offsets).toEqual([0, 7, 14, 21]);
  });

  it('ends on an empty page even when more is true (the offset could not advance)', async () => {
    let calls = 0;
    const items = offsetPaging({
      pageSize: 5,
      fetch: async (offset) => {
        calls++;
        return { items: offset === 0 ? [1, 2, 3, 4, 5] : [], more: true };
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toBe(2);
    expect(items.done).toBe(true);
  });

  it('stops at maxPages with a resumable offset cursor and honours its signal', async () => {
    const first = offsetPaging({
      pageSize: 10,
      maxPages: 2,
      fetch: async (offset, limit) => data.slice(offset, offset + limit),
    });
    expect(await first.toArray({ limit: 100 })).toEqual(data.slice(0, 20));
    expect(first.done).toBe(false);
    expect(first.cursor).toEqual({ offset: 20 });
    const rest = offsetPaging({
      pageSize: 10,
      start: JSON.parse(JSON.stringify(first.cursor)),
      fetch: async (offset, limit) => data.slice(offset, offset + limit),
    });
    expect(await rest.toArray({ limit: 100 })).toEqual(data.slice(20));

    const controller = new AbortController();
    controller.abort();
    const aborted = offsetPaging({
      pageSize: 10,
      signal: controller.signal,
      fetch: async () => [1],
    });
    await expect(aborted.toArray({ limit: 10 })).rejects.toMatchObject({ code: 'aborted' });
  });
});
