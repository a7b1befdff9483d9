import { describe, expect, it } from 'vitest';
import { dateWindowPaging, tokenPaging } from '../../src/index.js';

const data = Array.from({ length: 25 }, (_, index) => index);
const DAY = 86_400_000;

describe('tokenPaging with more', () => {
  it('ends on more: false even with a token (has_more beside a last-id cursor)', async () => {
    const tokens: (string | undefined)[] = [];
    const items = tokenPaging({
      fetch: async (token) => {
        tokens.push(token);
        const from = token === undefined ? 0 : Number(token) + 1;
        const slice = data.slice(from, from + 10);
        return {
          items: slice,
          nextToken: String(slice.at(-1)),
          more: from + slice.length < data.length,
        };
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual(data);
    expect(tokens).toEqual([undefined, '9', '19']);
    expect(items.done).toBe(true);
  });

  it('ends without a token even when more is true', async () => {
    const items = tokenPaging({ fetch: async () => ({ items: [1], nextToken: null, more: true }) });
    expect(await items.toArray({ limit: 10 })).toEqual([1]);
    expect(items.done).toBe(true);
  });
});

describe('dateWindowPaging answers', () => {
  const since = new Date('2025-01-01T00:00:00.000Z');
  const until = new Date(since.getTime() + 3 * DAY);

  it('accepts a window answered in one array', async () => {
    const windows: string[] = [];
    const items = dateWindowPaging({
      since,
      until,
      maxWindowMs: DAY,
      fetchWindow: async (window) => {
        windows.push(window.start.toISOString().slice(0, 10));
        return [window.start.toISOString().slice(0, 10)];
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual(['2025-01-01', '2025-01-02', '2025-01-03']);
    expect(windows).toEqual(['2025-01-01', '2025-01-02', '2025-01-03']);
  });

  it('ends a window on more: false despite a next cursor, then moves to the next window', async () => {
    const calls: [string, number | undefined][] = [];
    const items = dateWindowPaging<string, number>({
      since,
      until,
      maxWindowMs: DAY,
      fetchWindow: async (window, inner) => {
        const day = window.start.toISOString().slice(0, 10);
        calls.push([day, inner]);
        const page = inner ?? 0;
        return { items: [`${day}#${page}`], next: page + 1, more: page < 1 };
      },
    });
    expect(await items.toArray({ limit: 100 })).toEqual([
      '2025-01-01#0',
      '2025-01-01#1',
      '2025-01-02#0',
      '2025-01-02#1',
      '2025-01-03#0',
      '2025-01-03#1',
    ]);
    expect(calls).toHaveLength(6);
    expect(items.done).toBe(true);
  });
});
