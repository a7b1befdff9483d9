import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/errors/index.js';
import { type DateWindow, dateWindowPaging } from '../../src/pagination/index.js';

const DAY = 86_400_000;
const since = new Date('2025-01-01T00:00:00.000Z');
const until = new Date(since.getTime() + 90 * DAY);

const iso = (window: DateWindow) => [window.start.toISOString(), window.end.toISOString()];

describe('dateWindowPaging', () => {
  it('splits 90 days into three 30-day windows with exact boundaries', async () => {
    const windows: string[][] = [];
    const items = dateWindowPaging({
      since,
      until,
      maxWindowMs: 30 * DAY,
      fetchWindow: async (window) => {
        windows.push(iso(window));
        return { items: [window.start.toISOString()], next: undefined };
      },
    });
    expect(await items.toArray({ limit: 100 })).toHaveLength(3);
    expect(windows).toEqual([
      ['2025-01-01T00:00:00.000Z', '2025-01-31T00:00:00.000Z'],
      ['2025-01-31T00:00:00.000Z', '2025-03-02T00:00:00.000Z'],
      ['2025-03-02T00:00:00.000Z', '2025-04-01T00:00:00.000Z'],
    ]);
  });

  it('truncates the last window at until, and visits windows newest first when descending', async () => {
    const windows: string[][] = [];
    const items = dateWindowPaging({
      since,
      until: new Date(since.getTime() + 70 * DAY),
      maxWindowMs: 30 * DAY,
      order: 'descending',
      fetchWindow: async (window) => {
        windows.push(iso(window));
        return { items: [], next: undefined };
      },
    });
    expect(items.cursor).toEqual({ windowStart: '2025-03-02T00:00:00.000Z' });
    await items.toArray({ limit: 1 });
    expect(windows).toEqual([
      ['2025-03-02T00:00:00.000Z', '2025-03-12T00:00:00.000Z'],
      ['2025-01-31T00:00:00.000Z', '2025-03-02T00:00:00.000Z'],
      ['2025-01-01T00:00:00.000Z', '2025-01-31T00:00:00.000Z'],
    ]);
  });

  it('pages inside each window and resumes mid-window from a saved cursor', async () => {
    const calls: [string, number | undefined][] = [];
    // Two pages per window: inner cursor 1 is the second page.
    const make = (start?: { windowStart: string; inner?: number }) =>
      dateWindowPaging<string, number>({
        since,
        until,
        maxWindowMs: 30 * DAY,
        ...(start ? { start } : {}),
        fetchWindow: async (window, inner) => {
          const day = window.start.toISOString().slice(0, 10);
          calls.push([day, inner]);
          return { items: [`${day}#${inner ?? 0}`], next: inner === undefined ? 1 : undefined };
        },
      });
    const first = make();
    const seen: string[] = [];
    for await (const item of first) {
      seen.push(item);
      if (seen.length === 3) break;
    }
    expect(calls).toEqual([
      ['2025-01-01', undefined],
      ['2025-01-01', 1],
      ['2025-01-31', undefined],
    ]);
    const saved = JSON.parse(JSON.stringify(first.cursor));
    expect(saved).toEqual({ windowStart: '2025-01-31T00:00:00.000Z' });

    const second = make(saved);
    for await (const page of second.pages()) {
      seen.push(...page.items);
      if (page.next?.inner === undefined) break;
    }
    // Left in the middle of the window's second page: resume from that page (it comes again).
    expect(second.cursor).toEqual({ windowStart: '2025-01-31T00:00:00.000Z', inner: 1 });
    seen.push(...(await make(second.cursor).toArray({ limit: 100 })));
    expect(seen).toEqual([
      '2025-01-01#0',
      '2025-01-01#1',
      '2025-01-31#0',
      '2025-01-31#0',
      '2025-01-31#1',
      '2025-01-31#1',
      '2025-03-02#0',
      '2025-03-02#1',
    ]);
  });

  it('stops fetching when the signal aborts', async () => {
    const controller = new AbortController();
    let fetches = 0;
    const items = dateWindowPaging({
      since,
      until,
      maxWindowMs: DAY,
      signal: controller.signal,
      fetchWindow: async (_window, _inner, signal) => {
        fetches++;
        expect(signal).toBe(controller.signal);
        if (fetches === 2) controller.abort();
        return { items: [fetches], next: undefined };
      },
    });
    await expect(items.toArray({ limit: 100 })).rejects.toMatchObject({ code: ErrorCodes.aborted });
    expect(fetches).toBe(2);
  });

  it('validates the range, window length and start cursor', () => {
    const fetchWindow = async () => ({ items: [], next: undefined });
    const base = { since, until, maxWindowMs: DAY, fetchWindow };
    const invalid = expect.objectContaining({ code: ErrorCodes.invalidArgument });
    expect(() => dateWindowPaging({ ...base, until: since })).toThrow(invalid);
    expect(() => dateWindowPaging({ ...base, since: until, until: since })).toThrow(invalid);
    expect(() => dateWindowPaging({ ...base, since: new Date('nope') })).toThrow(invalid);
    expect(() => dateWindowPaging({ ...base, maxWindowMs: 0 })).toThrow(invalid);
    expect(() => dateWindowPaging({ ...base, maxWindowMs: -DAY })).toThrow(invalid);
    expect(() =>
      dateWindowPaging({ ...base, start: { windowStart: until.toISOString() } }),
    ).toThrow(invalid);
    expect(() => dateWindowPaging({ ...base, start: { windowStart: 'garbage' } })).toThrow(invalid);
  });
});
