import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/errors/index.js';
import { offsetPaging, pagePaging, tokenPaging } from '../../src/pagination/index.js';

const data = Array.from({ length: 25 }, (_, index) => index);

describe('pagePaging', () => {
  it('walks pages until an empty one', async () => {
    const calls: [number, number][] = [];
    const items = pagePaging({
      pageSize: 10,
      fetch: async (page, pageSize) => {
        calls.push([page, pageSize]);
        return data.slice((page - 1) * pageSize, page * pageSize);
      },
    });
    expect(items.cursor).toEqual({ page: 1 });
    expect(await items.toArray({ limit: 100 })).toEqual(data);
    expect(calls).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
      [4, 10],
    ]);
  });

  it('stops on a short page when asked, and counts from firstPage', async () => {
    const pages: number[] = [];
    const items = pagePaging({
      firstPage: 0,
      pageSize: 10,
      stopOnShortPage: true,
      fetch: async (page, pageSize) => {
        pages.push(page);
        return data.slice(page * pageSize, (page + 1) * pageSize);
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual(data);
    expect(pages).toEqual([0, 1, 2]);
  });

  it('resumes from a saved cursor and validates its options', async () => {
    const items = pagePaging({
      pageSize: 10,
      start: { page: 3 },
      fetch: async (page) => data.slice((page - 1) * 10, page * 10),
    });
    expect(await items.toArray({ limit: 100 })).toEqual(data.slice(20));
    const fetch = async () => [];
    expect(() => pagePaging({ pageSize: 0, fetch })).toThrow(
      expect.objectContaining({ code: ErrorCodes.invalidArgument }),
    );
    expect(() => pagePaging({ pageSize: 10, firstPage: 1.5, fetch })).toThrow();
  });
});

describe('offsetPaging', () => {
  it('advances by the items returned, so a capped server skips nothing', async () => {
    const calls: number[] = [];
    const items = offsetPaging({
      pageSize: 10,
      // The server caps pages at 7 items whatever the limit.
      fetch: async (offset, limit) => {
        calls.push(offset);
        return data.slice(offset, offset + Math.min(limit, 7));
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual(data);
    expect(calls).toEqual([0, 7, 14, 21, 25]);
  });

  it('stops on a short page when asked and resumes from an offset', async () => {
    const calls: number[] = [];
    const items = offsetPaging({
      pageSize: 10,
      stopOnShortPage: true,
      start: { offset: 3 },
      fetch: async (offset, limit) => {
        calls.push(offset);
        return data.slice(offset, offset + limit);
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual(data.slice(3));
    expect(calls).toEqual([3, 13, 23]);
    expect(() =>
      offsetPaging({ pageSize: 10, start: { offset: -1 }, fetch: async () => [] }),
    ).toThrow();
  });
});

describe('tokenPaging', () => {
  const pages: Record<string, { items: string[]; nextToken: string | null }> = {
    first: { items: ['a', 'b'], nextToken: 't1' },
    t1: { items: ['c'], nextToken: 't2' },
    t2: { items: ['d'], nextToken: null },
  };

  it('follows tokens until there is none, with JSON-safe cursors', async () => {
    const tokens: (string | undefined)[] = [];
    const make = (start?: { token?: string }) =>
      tokenPaging({
        ...(start ? { start } : {}),
        fetch: async (token) => {
          tokens.push(token);
          return pages[token ?? 'first']!;
        },
      });
    const items = make();
    expect(items.cursor).toEqual({});
    const seen: string[] = [];
    for await (const item of items) {
      seen.push(item);
      if (item === 'b') break;
    }
    expect(tokens).toEqual([undefined]);
    const saved = JSON.parse(JSON.stringify(items.cursor)) as { token?: string };
    expect(saved).toEqual({});

    for await (const page of make(saved).pages()) seen.push(...page.items);
    expect(seen).toEqual(['a', 'b', 'a', 'b', 'c', 'd']);
    expect(tokens).toEqual([undefined, undefined, 't1', 't2']);
  });

  it('treats an empty-string token as the end', async () => {
    const items = tokenPaging({ fetch: async () => ({ items: [1], nextToken: '' }) });
    expect(await items.toArray({ limit: 10 })).toEqual([1]);
    expect(items.done).toBe(true);
  });
});
