import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, seededClient } from '../helpers.js';

describe('client.player', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('returns null for 204 (nothing playing), which is not an error', async () => {
    const { client } = await seededClient(holder);
    expect(await client.player.currentlyPlaying()).toBeNull();
    expect(await client.player.get()).toBeNull();
  });

  it('returns the track set on the nowPlaying knob, and the playback state with device', async () => {
    const { client } = await seededClient(holder);
    const track = holder.plugin.data.tracks[3];
    holder.plugin.knobs.nowPlaying = {
      trackId: track?.id ?? '',
      progressMs: 61_000,
      isPlaying: false,
    };
    const now = await client.player.currentlyPlaying();
    expect(now).toMatchObject({
      is_playing: false,
      progress_ms: 61_000,
      currently_playing_type: 'track',
      item: { id: track?.id, name: track?.name, uri: `spotify:track:${track?.id}` },
    });
    const state = await client.player.get({ market: 'NZ' });
    expect(state?.device).toMatchObject({
      name: 'Sandy’s Phone',
      is_active: true,
      volume_percent: 72,
    });
    expect(state?.shuffle_state).toBe(false);
    expect(state?.repeat_state).toBe('off');
  });

  it('needs user-read-playback-state for /me/player', async () => {
    const { client } = await seededClient(holder, { scope: ['user-read-currently-playing'] });
    holder.plugin.knobs.nowPlaying = {};
    expect((await client.player.currentlyPlaying())?.item).toBeTruthy();
    await expect(client.player.get()).rejects.toMatchObject({ code: 'missing_scope' });
  });
});
