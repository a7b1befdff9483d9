import { describe, expect, it } from 'vitest';
import { inWindow, offsetPage, pageNumberPage, tokenPage } from '../../src/index.js';

const items = Array.from({ length: 7 }, (_, index) => index + 1);
const url = (query: string) => new URL(`https://api.example.test/list?${query}`);
const size = { defaultSize: 3, maxSize: 5 };

describe('paging presets', () => {
  it('page numbers, counted from 1 or 0', () => {
    const page = { page: 'page', pageSize: 'per_page', ...size };
    expect(pageNumberPage(items, url(''), page)).toMatchObject({
      items: [1, 2, 3],
      next: 2,
      total: 7,
    });
    expect(pageNumberPage(items, url('page=3'), page)).toMatchObject({
      items: [7],
      next: undefined,
    });
    expect(pageNumberPage(items, url('page=4'), page)).toMatchObject({
      items: [],
      next: undefined,
    });
    expect(
      pageNumberPage(items, url('page=1&per_page=5'), { ...page, firstPage: 0 }),
    ).toMatchObject({
      items: [6, 7],
    });
    expect(pageNumberPage(items, url('page=0'), page).error).toBe('page must be an integer >= 1');
    expect(pageNumberPage(items, url('per_page=6'), page).error).toBe(
      'per_page must be an integer from 1 to 5',
    );
  });

  it('offsets', () => {
    const offset = { offset: 'offset', pageSize: 'limit', ...size };
    expect(offsetPage(items, url('offset=5'), offset)).toMatchObject({
      items: [6, 7],
      next: undefined,
    });
    expect(offsetPage(items, url('offset=2&limit=2'), offset)).toMatchObject({
      items: [3, 4],
      next: 4,
    });
    expect(offsetPage(items, url('offset=-1'), offset).error).toBe(
      'offset must be an integer >= 0',
    );
  });

  it('opaque tokens that walk the whole list once', () => {
    const token = { token: 'nextToken', pageSize: 'limit', ...size };
    const seen: number[] = [];
    let next: string | undefined;
    let requests = 0;
    do {
      const slice = tokenPage(
        items,
        url(next ? `nextToken=${encodeURIComponent(next)}` : ''),
        token,
      );
      if (slice.error !== undefined) throw new Error(slice.error);
      seen.push(...slice.items);
      next = slice.next;
      requests += 1;
    } while (next !== undefined);
    expect(seen).toEqual(items);
    expect(requests).toBe(3);
    expect(tokenPage(items, url('nextToken=bm9wZQ'), token).error).toBe('nextToken is not valid');
  });

  it('time windows: instants, spans and ongoing records', () => {
    const records = [
      { id: 'a', start: '2026-11-01T10:00:00Z', end: '2026-11-01T11:00:00Z' },
      { id: 'b', start: '2026-11-02T10:00:00Z' },
      { id: 'c', start: '2026-11-03T10:00:00Z', end: null },
      { id: 'd', start: 'not a date' },
    ];
    const since = Date.parse('2026-11-01T10:30:00Z');
    const until = Date.parse('2026-11-03T10:00:00Z');
    const ids = (range: { since?: number; until?: number }) =>
      inWindow(records, (record) => record, range).map((record) => record.id);
    expect(ids({ since, until })).toEqual(['a', 'b']);
    expect(ids({ since: Date.parse('2026-11-05T00:00:00Z') })).toEqual(['c']);
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });
});
