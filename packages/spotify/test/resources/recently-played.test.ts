import { ErrorCodes, type Play } from '@fitlink/core';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, seededClient } from '../helpers.js';

describe('client.recentlyPlayed and listPlays', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);
  const history = () => holder.plugin.data.recentHistory() ?? [];

  it('pages back through the last 50 plays with before cursors, newest first', async () => {
    const { client } = await seededClient(holder);
    const pages = [];
    for await (const page of client.recentlyPlayed.list({ pageSize: 20 }).pages()) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 10]);
    expect(pages.map((page) => page.cursor)).toEqual([
      {},
      { before: Date.parse(history()[19]?.played_at ?? '') },
      { before: Date.parse(history()[39]?.played_at ?? '') },
    ]);
    const items = pages.flatMap((page) => page.items);
    expect(items.map((item) => item.played_at)).toEqual(history().map((item) => item.played_at));
    expect(holder.plugin.stats.byRoute.recentlyPlayed).toBe(3);
  });

  it('fetches no further page after an early break', async () => {
    const { client } = await seededClient(holder);
    const seen: string[] = [];
    for await (const item of client.recentlyPlayed.list({ pageSize: 10 })) {
      seen.push(item.track.name);
      if (seen.length === 12) break;
    }
    expect(seen).toHaveLength(12);
    expect(holder.plugin.stats.byRoute.recentlyPlayed).toBe(2);
  });

  it('walks forward with after cursors', async () => {
    const { client } = await seededClient(holder);
    const oldest = Date.parse(history()[49]?.played_at ?? '');
    const items = await client.recentlyPlayed
      .list({ after: oldest, pageSize: 20 })
      .toArray({ limit: 100 });
    // Everything newer than the oldest play: 49 plays, each once.
    expect(items).toHaveLength(49);
    expect(new Set(items.map((item) => item.played_at)).size).toBe(49);
    expect(holder.plugin.stats.byRoute.recentlyPlayed).toBe(3);
  });

  it('refuses after with before, and limits outside 1–50, before any request', async () => {
    const { client } = await seededClient(holder);
    expect(() => client.recentlyPlayed.list({ after: 1, before: 2 })).toThrow(
      /only one of after and before/,
    );
    expect(() => client.recentlyPlayed.list({ pageSize: 51 })).toThrow(
      /pageSize must be an integer from 1 to 50/,
    );
    expect(() => client.recentlyPlayed.list({ pageSize: 0 })).toThrow(
      expect.objectContaining({ code: ErrorCodes.invalidArgument }),
    );
    expect(holder.plugin.stats.byRoute.recentlyPlayed).toBeUndefined();
  });

  it('lists normalized plays in a range with until exclusive, in one request of 50', async () => {
    const { client } = await seededClient(holder);
    const all = history();
    const until = new Date(all[5]?.played_at ?? '');
    const since = new Date(all[14]?.played_at ?? '');
    const plays: Play[] = [];
    for await (const play of client.listPlays({ since, until })) plays.push(play);
    expect(plays.map((play) => play.playedAt)).toEqual(
      all.slice(6, 15).map((item) => item.played_at),
    );
    expect(plays[0]).toMatchObject({
      provider: 'spotify',
      id: `spotify:${all[6]?.track.id}@${all[6]?.played_at}`,
      trackId: all[6]?.track.id,
      uri: `spotify:track:${all[6]?.track.id}`,
      durationSeconds: (all[6]?.track.duration_ms ?? 0) / 1000,
    });
    expect(holder.plugin.stats.byRoute.recentlyPlayed).toBe(1);
    for (const play of plays) expect(Date.parse(play.playedAt)).toBeLessThan(NOW);
  });

  it('lists every play Spotify keeps (the last 50 of a longer history) in one request', async () => {
    const { client } = await seededClient(holder);
    expect(holder.plugin.data.playHistory().length).toBeGreaterThan(50);
    const plays: Play[] = [];
    for await (const play of client.listPlays()) plays.push(play);
    expect(plays).toHaveLength(50);
    expect(holder.plugin.stats.byRoute.recentlyPlayed).toBe(1);
  });

  it('stops paging once plays older than since show up', async () => {
    const { client } = await seededClient(holder);
    const since = new Date(history()[14]?.played_at ?? '');
    const items = await client.recentlyPlayed
      .list({ since, pageSize: 10 })
      .toArray({ limit: Infinity });
    expect(items).toHaveLength(15);
    expect(holder.plugin.stats.byRoute.recentlyPlayed).toBe(2);
  });

  it('needs user-read-recently-played: a missing scope is an AuthError missing_scope', async () => {
    const { client } = await seededClient(holder, { scope: ['user-top-read'] });
    await expect(client.recentlyPlayed.list().toArray({ limit: 1 })).rejects.toMatchObject({
      name: 'AuthError',
      code: ErrorCodes.missingScope,
    });
  });
});
