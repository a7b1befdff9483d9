import type { Activity } from '@fitlink/core';
import { readPaginatorUntil } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { NOW, useStravaSandbox } from './helpers.js';

const ALL = { limit: Number.POSITIVE_INFINITY };
const ids = (activities: readonly Activity[]) => activities.map((activity) => activity.id);

describe('listActivities as a paginator', () => {
  const context = useStravaSandbox();
  // With `since` Strava lists oldest first (`after`), 200 per page.
  const range = { since: new Date(NOW - 400 * 86_400_000), until: new Date(NOW) };

  it('resumes from a cursor saved at a page boundary: nothing lost, nothing repeated', async () => {
    await context.connect();
    context.plugin.knobs.extraActivities = 450;
    const all = ids(await context.client().listActivities(range).toArray(ALL));
    expect(all).toHaveLength(context.plugin.data.activities().length);
    expect(all.length).toBeGreaterThan(400);

    const first = context.client().listActivities(range);
    const { seen, cursor } = await readPaginatorUntil(first);
    expect(seen).toHaveLength(200);
    expect(cursor).toEqual({ page: 2 });
    const rest = context.client().listActivities({ ...range, cursor });
    const tail = await rest.toArray(ALL);
    expect([...ids(seen), ...ids(tail)]).toEqual(all);
    expect(rest.done).toBe(true);
    expect(rest.cursor).toBeUndefined();
  });

  it('resumes a loop left mid-page at that page, re-delivering only what it had read of it', async () => {
    await context.connect();
    context.plugin.knobs.extraActivities = 450;
    const all = ids(await context.client().listActivities(range).toArray(ALL));

    const { seen, cursor } = await readPaginatorUntil(context.client().listActivities(range), {
      count: 250,
    });
    expect(cursor).toEqual({ page: 2 });
    const tail = ids(
      await context
        .client()
        .listActivities({ ...range, cursor })
        .toArray(ALL),
    );
    expect(tail).toEqual(all.slice(200));
    expect([...ids(seen).slice(0, 200), ...tail]).toEqual(all);
  });

  it('toArray({ limit }) fetches no more pages than it needs', async () => {
    await context.connect();
    context.plugin.knobs.extraActivities = 450;
    const { stats } = context.plugin;
    const requests = () => stats.byRoute.athleteActivities ?? 0;

    const one = await context.client().listActivities(range).toArray({ limit: 200 });
    expect(one).toHaveLength(200);
    expect(requests()).toBe(1);
    const two = await context.client().listActivities(range).toArray({ limit: 201 });
    expect(two).toHaveLength(201);
    expect(requests()).toBe(3);
  });
});
