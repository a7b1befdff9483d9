import type { Play } from '@fitlink/core';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { readPaginatorUntil } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, seededClient } from './helpers.js';

const ALL = { limit: Number.POSITIVE_INFINITY };
const ids = (plays: readonly Play[]) => plays.map((play) => play.id);

describe('listPlays as a paginator', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);
  const history = () => holder.plugin.data.recentHistory() ?? [];
  // Pages of 20 over the 50 plays Spotify keeps: 20, 20, 10.
  const range = { since: new Date(NOW - 30 * 86_400_000), pageSize: 20 };

  it('resumes from a { before } cursor saved at a page boundary: nothing lost, nothing repeated', async () => {
    const { client } = await seededClient(holder);
    const all = ids(await client.listPlays(range).toArray(ALL));
    expect(all).toHaveLength(50);

    const { seen, cursor } = await readPaginatorUntil(client.listPlays(range));
    expect(seen).toHaveLength(20);
    expect(cursor).toEqual({ before: Date.parse(history()[19]?.played_at ?? '') });
    const rest = ids(await client.listPlays({ ...range, cursor }).toArray(ALL));
    expect([...ids(seen), ...rest]).toEqual(all);
  });

  it('re-delivers only the page a loop was left in', async () => {
    const { client } = await seededClient(holder);
    const all = ids(await client.listPlays(range).toArray(ALL));
    const { seen, cursor } = await readPaginatorUntil(client.listPlays(range), { count: 25 });
    const rest = ids(await client.listPlays({ ...range, cursor }).toArray(ALL));
    expect(rest).toEqual(all.slice(20));
    expect([...ids(seen).slice(0, 20), ...rest]).toEqual(all);
  });

  it('toArray({ limit }) fetches no more pages than it needs', async () => {
    const { client } = await seededClient(holder);
    const requests = () => holder.plugin.stats.byRoute.recentlyPlayed ?? 0;
    expect(await client.listPlays(range).toArray({ limit: 20 })).toHaveLength(20);
    expect(requests()).toBe(1);
    expect(await client.listPlays(range).toArray({ limit: 21 })).toHaveLength(21);
    expect(requests()).toBe(3);
    // By default one request of 50 reads the whole history.
    expect(await client.listPlays({}).toArray(ALL)).toHaveLength(50);
    expect(requests()).toBe(4);
  });

  it('refuses a cursor with both after and before', async () => {
    const { client } = await seededClient(holder);
    expect(() => client.listPlays({ cursor: { after: 1, before: 2 } })).toThrow(
      /only one of after and before/,
    );
  });
});
