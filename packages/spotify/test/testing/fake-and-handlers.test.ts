import {
  spotifyCurrentlyPlayingSchema,
  spotifyPlaybackStateSchema,
  spotifyPlaylistItemsSchema,
  spotifyPlaylistsSchema,
  spotifyRecentlyPlayedSchema,
  spotifyTopArtistsSchema,
  spotifyTopTracksSchema,
  spotifyTrackSchema,
  spotifyUserSchema,
} from '@fitlink/spotify';
import {
  createSpotifyFake,
  spotifyCurrentlyPlayingFixture,
  spotifyExtendedUserFixture,
  spotifyPlaybackStateFixture,
  spotifyPlaylistItemsFixture,
  spotifyRecentlyPlayedFixture,
  spotifySandboxPlugin,
  spotifyTrackFixture,
  spotifyUserFixture,
} from '@fitlink/spotify/testing';
import { SANDBOX_USER } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { NOW, READ_SCOPES } from '../helpers.js';

describe('createSpotifyFake', () => {
  const fake = createSpotifyFake({ seed: 1, now: NOW });

  it('is deterministic for a seed and renders the timeline plays in Spotify shape', () => {
    const again = createSpotifyFake({ seed: 1, now: NOW });
    expect(again.playHistory()).toEqual(fake.playHistory());
    expect(fake.playHistory()).toHaveLength(fake.timeline.plays.length);
    const [latest] = fake.recentHistory();
    const lastPlay = fake.timeline.plays.at(-1);
    expect(latest?.played_at).toBe(new Date(lastPlay?.playedAtMs ?? 0).toISOString());
    expect(latest?.played_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(latest?.track).toMatchObject({
      id: lastPlay?.trackId,
      name: lastPlay?.trackName,
      duration_ms: lastPlay?.durationMs,
      uri: `spotify:track:${lastPlay?.trackId}`,
      external_urls: { spotify: `https://open.spotify.com/track/${lastPlay?.trackId}` },
      album: { name: lastPlay?.album, type: 'album' },
      artists: [{ name: lastPlay?.artists[0], type: 'artist' }],
    });
    expect(latest?.track.id).toMatch(/^[0-9A-Za-z]{22}$/);
    expect(fake.recentHistory()).toHaveLength(50);
    const contexts = fake.playHistory().map((item) => item.context?.type ?? null);
    expect(contexts).toContain('playlist');
    expect(contexts).toContain(null);
  });

  it('produces schema-valid payloads for every endpoint', () => {
    const checks: [z.ZodMiniType, unknown][] = [
      [spotifyRecentlyPlayedSchema, { items: fake.recentHistory(), next: null, cursors: null }],
      [spotifyUserSchema, fake.user(SANDBOX_USER)],
      [spotifyCurrentlyPlayingSchema, fake.currentlyPlaying({}, NOW)],
      [spotifyPlaybackStateSchema, fake.playbackState({ isPlaying: false }, NOW)],
      [
        spotifyTopTracksSchema,
        { items: fake.topTracks('long_term'), next: null, offset: 0, limit: 50, total: 1 },
      ],
      [
        spotifyTopArtistsSchema,
        { items: fake.topArtists('short_term'), next: null, offset: 0, limit: 50, total: 1 },
      ],
      [
        spotifyPlaylistsSchema,
        {
          items: fake.playlists.map((p) => p.playlist),
          next: null,
          offset: 0,
          limit: 50,
          total: 3,
        },
      ],
      ...fake.playlists.map(
        (p) =>
          [
            spotifyPlaylistItemsSchema,
            { items: p.items, next: null, offset: 0, limit: 50, total: 1 },
          ] as [z.ZodMiniType, unknown],
      ),
      ...fake.tracks.map((track) => [spotifyTrackSchema, track] as [z.ZodMiniType, unknown]),
    ];
    for (const [schema, payload] of checks)
      expect(z.safeParse(schema, payload).error).toBeUndefined();
  });

  it('ships fixtures that match the schemas', () => {
    const fixtures: [z.ZodMiniType, unknown][] = [
      [spotifyRecentlyPlayedSchema, spotifyRecentlyPlayedFixture],
      [spotifyTrackSchema, spotifyTrackFixture],
      [spotifyCurrentlyPlayingSchema, spotifyCurrentlyPlayingFixture],
      [spotifyPlaybackStateSchema, spotifyPlaybackStateFixture],
      [spotifyPlaylistItemsSchema, spotifyPlaylistItemsFixture],
      [spotifyUserSchema, spotifyUserFixture],
      [spotifyUserSchema, spotifyExtendedUserFixture],
    ];
    for (const [schema, fixture] of fixtures)
      expect(z.safeParse(schema, fixture).success).toBe(true);
  });
});

describe('createSpotifyHandlers', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);
  const token = () =>
    holder.plugin.auth.issueTokens({ clientId: 'sandbox-client', scope: READ_SCOPES }).accessToken;
  const get = (path: string, accessToken?: string) =>
    fetch(`https://api.spotify.com/v1${path}`, {
      headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    });

  it('answers 401 in the Web API error shape', async () => {
    const response = await get('/me');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { status: 401, message: 'No token provided' } });
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="spotify"/);
  });

  it('serves cursor pages with cursors and next, and refuses bad parameters like Spotify', async () => {
    const accessToken = token();
    const page = (await (await get('/me/player/recently-played?limit=2', accessToken)).json()) as {
      items: { played_at: string }[];
      cursors: { after: string; before: string };
      next: string;
      limit: number;
    };
    expect(page.limit).toBe(2);
    expect(page.cursors).toEqual({
      after: String(Date.parse(page.items[0]?.played_at ?? '')),
      before: String(Date.parse(page.items[1]?.played_at ?? '')),
    });
    expect(page.next).toBe(
      `https://api.spotify.com/v1/me/player/recently-played?before=${page.cursors.before}&limit=2`,
    );
    const both = await get('/me/player/recently-played?after=1&before=2', accessToken);
    expect(both.status).toBe(400);
    expect(((await both.json()) as { error: { message: string } }).error.message).toMatch(
      /one of after and before/,
    );
    expect((await get('/me/player/recently-played?limit=51', accessToken)).status).toBe(400);
    const empty = (await (
      await get('/me/player/recently-played?before=1', accessToken)
    ).json()) as object;
    expect(empty).toMatchObject({ items: [], next: null, cursors: null });
  });

  it('answers 204 with no body when nothing plays', async () => {
    const response = await get('/me/player/currently-playing', token());
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });
});
