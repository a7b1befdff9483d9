import { describe, expect, it } from 'vitest';
import { ErrorCodes, FitlinkError, filterRange, type ResolvedRange } from '../../src/index.js';

const at = (iso: string) => new Date(iso);
const invalid = expect.objectContaining({ code: ErrorCodes.invalidArgument });

/** A fake paged source that records how many items were pulled from it. */
function source<T>(items: T[]) {
  const pulled: T[] = [];
  return {
    pulled,
    iterable: {
      async *[Symbol.asyncIterator]() {
        for (const item of items) {
          pulled.push(item);
          yield item;
        }
      },
    },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const range: ResolvedRange = {
  since: at('2026-11-10T00:00:00Z'),
  until: at('2026-11-20T00:00:00Z'),
};
const newestFirst = [
  { id: 'future', start: '2026-11-21T08:00:00Z' },
  { id: 'until', start: '2026-11-20T00:00:00Z' },
  { id: 'in-late', start: '2026-11-19T08:00:00Z' },
  { id: 'no-start', start: null },
  { id: 'in-since', start: '2026-11-10T00:00:00Z' },
  { id: 'before', start: '2026-11-09T23:59:59Z' },
  { id: 'older', start: '2026-11-01T08:00:00Z' },
];
const startOf = (item: { start: string | null }) => item.start;
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('filterRange', () => {
  it('keeps [since, until) and skips unreadable starts, reading every item without order', async () => {
    const list = source(newestFirst);
    expect(ids(await collect(filterRange(list.iterable, range, startOf)))).toEqual([
      'in-late',
      'in-since',
    ]);
    expect(list.pulled).toHaveLength(7);
  });

  it('stops a newest-first list at the first item before since', async () => {
    const list = source(newestFirst);
    const kept = await collect(filterRange(list.iterable, range, startOf, { order: 'desc' }));
    expect(ids(kept)).toEqual(['in-late', 'in-since']);
    expect(ids(list.pulled)).toEqual([
      'future',
      'until',
      'in-late',
      'no-start',
      'in-since',
      'before',
    ]);
  });

  it('stops an oldest-first list at the first item at or after until', async () => {
    const list = source([...newestFirst].reverse());
    const kept = await collect(filterRange(list.iterable, range, startOf, { order: 'asc' }));
    expect(ids(kept)).toEqual(['in-since', 'in-late']);
    expect(ids(list.pulled)).toEqual([
      'older',
      'before',
      'in-since',
      'no-start',
      'in-late',
      'until',
    ]);
  });

  it('never stops early without since on a newest-first list', async () => {
    const list = source(newestFirst);
    const kept = await collect(
      filterRange(list.iterable, { until: range.until }, startOf, { order: 'desc' }),
    );
    expect(ids(kept)).toEqual(['in-late', 'in-since', 'before', 'older']);
    expect(list.pulled).toHaveLength(7);
  });

  it('stops on the sort instant with slack (Peloton: sorted by creation, an hour before start)', async () => {
    const hour = 3_600_000;
    const since = Date.parse('2026-11-10T00:00:00Z');
    const workouts = [
      { id: 'a', created: since + 2 * hour, start: since + 2.5 * hour },
      // Created 30 minutes before since, started after it: inside the slack, kept.
      { id: 'b', created: since - 0.5 * hour, start: since + 0.2 * hour },
      { id: 'c', created: since - 0.9 * hour, start: since - 0.5 * hour },
      { id: 'd', created: since - 1.5 * hour, start: since - hour },
      { id: 'e', created: since - 3 * hour, start: since - 2 * hour },
    ];
    const list = source(workouts);
    const kept = await collect(
      filterRange(list.iterable, range, (workout) => workout.start, {
        order: 'desc',
        sortedBy: (workout) => workout.created,
        slackMs: hour,
      }),
    );
    expect(ids(kept)).toEqual(['a', 'b']);
    expect(ids(list.pulled)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns the source early, so a paginator fetches no further page', async () => {
    let returned = false;
    const iterable: AsyncIterable<{ id: string; start: string }> = {
      [Symbol.asyncIterator]() {
        const items = [
          { id: 'in', start: '2026-11-15T00:00:00Z' },
          { id: 'before', start: '2026-11-01T00:00:00Z' },
          { id: 'never', start: '2026-10-01T00:00:00Z' },
        ];
        let index = 0;
        return {
          next: async () =>
            index < items.length
              ? { done: false, value: items[index++]! }
              : { done: true, value: undefined },
          return: async () => {
            returned = true;
            return { done: true, value: undefined };
          },
        };
      },
    };
    const kept = await collect(filterRange(iterable, range, startOf, { order: 'desc' }));
    expect(ids(kept)).toEqual(['in']);
    expect(returned).toBe(true);
  });

  it('checks slackMs at once and passes the source errors through', async () => {
    const list = source(newestFirst);
    expect(() => filterRange(list.iterable, range, startOf, { slackMs: -1 })).toThrow(invalid);
    expect(() => filterRange(list.iterable, range, startOf, { slackMs: Number.NaN })).toThrow(
      invalid,
    );
    const failing: AsyncIterable<{ start: string }> = {
      // biome-ignore lint/correctness/useYield: a source that fails before its first item
      async *[Symbol.asyncIterator]() {
        throw new FitlinkError('boom', { code: ErrorCodes.network });
      },
    };
    await expect(collect(filterRange(failing, range, startOf))).rejects.toMatchObject({
      code: ErrorCodes.network,
    });
  });
});
