import type { Activity } from '@fitlink/core';
import { readPaginatorUntil } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { connectedClient, NOW, useSmashrunSandbox } from './helpers.js';

const DAY = 86_400_000;
const ALL = { limit: Number.POSITIVE_INFINITY };
const ids = (activities: readonly Activity[]) => activities.map((activity) => activity.id);

describe('listActivities as a paginator', () => {
  const world = useSmashrunSandbox({ days: 365 });
  const range = { since: new Date(NOW - 365 * DAY), until: new Date(NOW) };

  it('resumes from a cursor saved at a page boundary: nothing lost, nothing repeated', async () => {
    const { client } = await connectedClient(world);
    const all = ids(await client.listActivities(range).toArray(ALL));
    expect(all.length).toBeGreaterThan(100);

    const { seen, cursor } = await readPaginatorUntil(client.listActivities(range));
    expect(seen).toHaveLength(100);
    expect(cursor).toEqual({ page: 1 });
    const rest = ids(await client.listActivities({ ...range, cursor }).toArray(ALL));
    expect([...ids(seen), ...rest]).toEqual(all);
  });

  it('re-delivers only the page a loop was left in', async () => {
    const { client } = await connectedClient(world);
    const all = ids(await client.listActivities(range).toArray(ALL));
    const { seen, cursor } = await readPaginatorUntil(client.listActivities(range), { count: 105 });
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
