import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, seededClient } from '../helpers.js';

describe('client.topArtists and client.topTracks', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it.each(['short_term', 'medium_term', 'long_term'] as const)(
    'lists top tracks for %s, most played first, with the time range on every page',
    async (timeRange) => {
      const { client } = await seededClient(holder);
      const expected = holder.plugin.data.topTracks(timeRange) ?? [];
      const tracks = await client.topTracks
        .list({ timeRange, pageSize: 5 })
        .toArray({ limit: Infinity });
      expect(tracks.map((track) => track.id)).toEqual(expected.map((track) => track.id));
      expect(holder.plugin.stats.byRoute.topTracks).toBe(Math.ceil(expected.length / 5));
    },
  );

  it('lists top artists, one request of 50 by default', async () => {
    const { client } = await seededClient(holder);
    const artists = await client.topArtists
      .list({ timeRange: 'short_term' })
      .toArray({ limit: Infinity });
    expect(artists.length).toBeGreaterThan(0);
    expect(artists[0]).toMatchObject({ type: 'artist', uri: `spotify:artist:${artists[0]?.id}` });
    expect(holder.plugin.stats.byRoute.topArtists).toBe(1);
  });

  it('refuses an unknown time range', async () => {
    const { client } = await seededClient(holder);
    expect(() => client.topTracks.list({ timeRange: 'forever' as 'long_term' })).toThrow(
      /timeRange must be one of/,
    );
  });
});
