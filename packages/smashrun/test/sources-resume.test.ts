import type { Activity, Paginator } from '@fitlink/core';
import { describe, expect, it } from 'vitest';
import { connectedClient, NOW, useSmashrunSandbox } from './helpers.js';

const DAY = 86_400_000;
const ALL = { limit: Number.POSITIVE_INFINITY };
const ids = (activities: readonly Activity[]) => activities.map((activity) => activity.id);
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Reads until the loop stops: at the first item of the next page, or after `count` items. */
async function readUntil<T, C>(list: Paginator<T, C>, stop: { count?: number } = {}) {
  const seen: T[] = [];
  const start = JSON.stringify(list.cursor ?? null);
  for await (const item of list) {
    if (stop.count === undefined && JSON.stringify(list.cursor ?? null) !== start) break;
    seen.push(item);
    if (seen.length === stop.count) break;
  }
  return { seen, cursor: json(list.cursor) };
}

describe('listActivities as a paginator', () => {
  const world = useSmashrunSandbox({ days: 365 });
  const range = { since: new Date(NOW - 365 * DAY), until: new Date(NOW) };

  it('resumes from a cursor saved at a page boundary: nothing lost, nothing repeated', async () => {
    const { client } = await connectedClient(world);
    const all = ids(await client.listActivities(range).toArray(ALL));
    expect(all.length).toBeGreaterThan(100);

    const { seen, cursor } = await readUntil(client.listActivities(range));
    expect(seen).toHaveLength(100);
    expect(cursor).toEqual({ page: 1 });
    const rest = ids(await client.listActivities({ ...range, cursor }).toArray(ALL));
    expect([...ids(seen), ...rest]).toEqual(all);
  });

  it('re-delivers only the page a loop was left in', async () => {
    const { client } = await connectedClient(world);
    const all = ids(await client.listActivities(range).toArray(ALL));
    const { seen, cursor } = await readUntil(client.listActivities(range), { count: 105 });
    expect(cursor).toEqual({ page: 1 });
    const rest = ids(await client.listActivities({ ...range, cursor }).toArray(ALL));
    expect(rest).toEqual(all.slice(100));
    expect([...ids(seen).slice(0, 100), ...rest]).toEqual(all);
  });

  it('toArray({ limit }) fetches no more pages than it needs', async () => {
    const { client } = await connectedClient(world);
    const requests = () => world.plugin.stats.byRoute.search ?? 0;
    expect(await client.listActivities(range).toArray({ limit: 100 })).toHaveLength(100);
    expect(requests()).toBe(1);
    expect(await client.listActivities(range).toArray({ limit: 101 })).toHaveLength(101);
    expect(requests()).toBe(3);
  });
});
