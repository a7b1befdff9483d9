import type { Paginator } from '@fitlink/core';
import { readPaginatorUntil } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { mapWhoopCycle, type WhoopClient, type WhoopListCursor } from '@fitlink/whoop';
import { describe, expect, it } from 'vitest';
import { connect, NOW, whoopPlugin } from './helpers.js';

const DAY = 86_400_000;
const ALL = { limit: Number.POSITIVE_INFINITY };

type Options = { since: Date; until: Date; cursor?: WhoopListCursor | undefined };
type Record = { id: string };
const lists: [
  name: string,
  route: string,
  list: (client: WhoopClient, options: Options) => Paginator<Record, WhoopListCursor>,
][] = [
  ['listActivities', 'workouts', (client, options) => client.listActivities(options)],
  ['listSleep', 'sleeps', (client, options) => client.listSleep(options)],
  ['listDailySummaries', 'cycles', (client, options) => client.listDailySummaries(options)],
];

describe('normalized lists as paginators', () => {
  const sandbox = useSandbox(() => [whoopPlugin({ days: 60 })]);
  const range = { since: new Date(NOW - 60 * DAY), until: new Date(NOW) };

  it.each(lists)('%s resumes from a cursor saved at a page boundary', async (_, route, list) => {
    const { client } = await connect(sandbox.plugin);
    const all = await list(client, range).toArray(ALL);
    expect(all.length).toBeGreaterThan(50);

    const { seen, cursor } = await readPaginatorUntil(list(client, range));
    expect(seen).toHaveLength(25);
    expect(cursor).toEqual({ token: expect.any(String) });
    const before = sandbox.plugin.stats.byRoute[route] ?? 0;
    const rest = await list(client, { ...range, cursor }).toArray(ALL);
    // Nothing lost, nothing repeated, the same records (a day's recovery joined after a resume).
    expect([...seen, ...rest]).toEqual(all);
    expect(sandbox.plugin.stats.byRoute[route]).toBe(before + Math.ceil((all.length - 25) / 25));
  });

  it.each(lists)('%s re-delivers only the page a loop was left in', async (_, _route, list) => {
    const { client } = await connect(sandbox.plugin);
    const all = await list(client, range).toArray(ALL);
    const { seen, cursor } = await readPaginatorUntil(list(client, range), { count: 30 });
    const rest = await list(client, { ...range, cursor }).toArray(ALL);
    expect(rest[0]?.id).toBe(all[25]?.id);
    expect([...seen.slice(0, 25), ...rest]).toEqual(all);
  });

  it.each(lists)(
    '%s toArray({ limit }) fetches no more pages than needed',
    async (_, route, list) => {
      const { client } = await connect(sandbox.plugin);
      const requests = () => sandbox.plugin.stats.byRoute[route] ?? 0;
      expect(await list(client, range).toArray({ limit: 25 })).toHaveLength(25);
      expect(requests()).toBe(1);
      expect(await list(client, range).toArray({ limit: 26 })).toHaveLength(26);
      expect(requests()).toBe(3);
    },
  );

  it('joins each cycle with its own recovery, listing recoveries per page of cycles', async () => {
    const { client } = await connect(sandbox.plugin);
    const { stats, data } = sandbox.plugin;
    const days = await client.listDailySummaries(range).toArray(ALL);
    const expected = [...(data?.cycles ?? [])]
      .filter((cycle) => Date.parse(cycle.start) >= range.since.getTime())
      .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
      .map((cycle) =>
        mapWhoopCycle(cycle, {
          recovery: data?.recoveries.find((recovery) => recovery.cycle_id === cycle.id),
        }),
      );
    expect(days).toEqual(expected);

    // A bounded read lists the recoveries of the first page of cycles only.
    const before = { cycles: stats.byRoute.cycles ?? 0, recoveries: stats.byRoute.recoveries ?? 0 };
    expect(await client.listDailySummaries(range).toArray({ limit: 3 })).toEqual(days.slice(0, 3));
    expect(stats.byRoute.cycles).toBe(before.cycles + 1);
    // The 25 newest cycles and a day either side hold one page of recoveries (the current
    // cycle's is pending), none of older cycles.
    expect(stats.byRoute.recoveries).toBe(before.recoveries + 1);
    const last = stats.calls.filter((call) => call.route === 'recoveries').at(-1);
    const windowStart = Date.parse(last?.url.searchParams.get('start') ?? '');
    expect(windowStart).toBeGreaterThan(NOW - 30 * DAY);
  });
});
