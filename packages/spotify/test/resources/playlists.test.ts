import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, seededClient } from '../helpers.js';

describe('client.playlists and client.playlistItems', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('lists the playlists (private ones need playlist-read-private)', async () => {
    const { client } = await seededClient(holder);
    const names = (await client.playlists.list().toArray({ limit: 10 })).map((p) => p.name);
    expect(names).toEqual(['Ride Anthems', 'Run Club', 'Gym Floor']);
    const { client: limited } = await seededClient(holder, { scope: ['user-top-read'] });
    expect((await limited.playlists.list().toArray({ limit: 10 })).map((p) => p.name)).toEqual([
      'Run Club',
    ]);
  });

  it('pages playlist items from /playlists/{id}/items, tracks, an episode and a local file', async () => {
    const { client } = await seededClient(holder);
    const runClub = holder.plugin.data.playlists.find((p) => p.playlist.name === 'Run Club');
    const id = runClub?.playlist.id ?? '';
    const items = await client.playlistItems.list(id, { pageSize: 3 }).toArray({ limit: Infinity });
    expect(items).toHaveLength(runClub?.items.length ?? -1);
    expect(holder.plugin.stats.byRoute.playlistItems).toBe(Math.ceil(items.length / 3));
    expect(items.at(-2)?.item).toMatchObject({
      type: 'episode',
      name: expect.stringContaining('Pace & Patience'),
    });
    expect(items.at(-1)).toMatchObject({ is_local: true, item: { id: null } });
    expect(items[0]?.added_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('stops after an early break and answers 404 for an unknown playlist', async () => {
    const { client } = await seededClient(holder);
    const gym = holder.plugin.data.playlists.find((p) => p.playlist.name === 'Gym Floor');
    let count = 0;
    for await (const _ of client.playlistItems.list(gym?.playlist.id ?? '', { pageSize: 4 })) {
      count += 1;
      if (count === 5) break;
    }
    expect(holder.plugin.stats.byRoute.playlistItems).toBe(2);
    await expect(client.playlistItems.list('nope').toArray({ limit: 1 })).rejects.toMatchObject({
      name: 'ProviderError',
      status: 404,
      message: expect.stringContaining('Resource not found'),
    });
  });
});
