import type { Activity } from '@fitlink/core';
import { readPaginatorUntil } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { connect, NOW, usePelotonSandbox } from './helpers.js';

const DAY = 86_400_000;
const ALL = { limit: Number.POSITIVE_INFINITY };
const ids = (activities: readonly Activity[]) => activities.map((activity) => activity.id);

const ctx = usePelotonSandbox({ days: 240 });

describe('listActivities as a paginator', () => {
  const range = { since: new Date(NOW - 240 * DAY), until: new Date(NOW) };

  it('resumes from a cursor saved at a page boundary: nothing lost, nothing repeated', async () => {
    const { client } = await connect();
    const all = await client.listActivities(range).toArray(ALL);
    expect(all.length).toBeGreaterThan(100);

    const first = client.listActivities(range);
    const { seen, cursor } = await readPaginatorUntil(first);
    expect(cursor).toEqual({ page: 1 });
    const graphs = ctx.plugin.stats.byRoute.performanceGraph ?? 0;
    const rest = await client.listActivities({ ...range, cursor }).toArray(ALL);
    expect([...ids(seen), ...ids(rest)]).toEqual(ids(all));
    // Totals are fetched for the resumed workouts only.
    expect((ctx.plugin.stats.byRoute.performanceGraph ?? 0) - graphs).toBe(rest.length);
    // Each page's workouts keep their totals after a resume.
    expect([...seen, ...rest]).toEqual(all);
  });

  it('re-delivers only the page a loop was left in', async () => {
    const { client } = await connect();
    const all = ids(await client.listActivities(range).toArray(ALL));
    const { seen: firstPage } = await readPaginatorUntil(client.listActivities(range));
    const { seen, cursor } = await readPaginatorUntil(client.listActivities(range), {
      count: firstPage.length + 3,
    });
    expect(cursor).toEqual({ page: 1 });
    const rest = ids(await client.listActivities({ ...range, cursor }).toArray(ALL));
    expect(rest).toEqual(all.slice(firstPage.length));
    expect([...ids(seen).slice(0, firstPage.length), ...rest]).toEqual(all);
  });

  it('toArray({ limit }) fetches one page of workouts and a batch of totals', async () => {
    const { client } = await connect();
    const { stats } = ctx.plugin;
    const activities = await client.listActivities(range).toArray({ limit: 3 });
    expect(activities).toHaveLength(3);
    expect(stats.byRoute.userWorkouts).toBe(1);
    // Totals four at a time: one request beyond the limit.
    expect(stats.byRoute.performanceGraph).toBe(4);
  });
});
