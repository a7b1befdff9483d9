import { createSpotifyCatalogClient } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, sandboxApp, seededClient } from '../helpers.js';

describe('client.me and client.tracks', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('reads /me in the development-mode shape', async () => {
    const { client } = await seededClient(holder);
    const me = await client.me.get();
    expect(me).toMatchObject({
      id: 'sandbox-user-1',
      display_name: 'Sandy Box',
      uri: 'spotify:user:sandbox-user-1',
    });
    expect(me.email).toBeUndefined();
  });

  it('reads one track, and several with the deprecated multi-get', async () => {
    const { client } = await seededClient(holder);
    const [first, second] = holder.plugin.data.tracks ?? [];
    const track = await client.tracks.get(first?.id ?? '');
    expect(track).toMatchObject({
      id: first?.id,
      name: first?.name,
      duration_ms: first?.duration_ms,
    });
    expect(track.external_ids?.isrc).toMatch(/^XXFLK26\d{5}$/);
    const many = await client.tracks.getMany([first?.id ?? '', 'unknown', second?.id ?? '']);
    expect(many.map((item) => item?.id ?? null)).toEqual([first?.id, null, second?.id]);
    await expect(client.tracks.getMany([])).rejects.toThrow(/1 to 50 ids/);
  });

  it('reads tracks app-only with client credentials, one token for many calls', async () => {
    const catalog = createSpotifyCatalogClient({ app: sandboxApp('confidential') });
    const ids = (holder.plugin.data.tracks ?? []).slice(0, 3).map((track) => track.id ?? '');
    const tracks = await Promise.all(ids.map((id) => catalog.tracks.get(id)));
    expect(tracks.map((track) => track.id)).toEqual(ids);
    expect(holder.plugin.auth.stats.tokenRequests.client_credentials).toBe(1);
    // An app-only token carries no user.
    await expect(catalog.http.request({ path: 'me' })).rejects.toMatchObject({ status: 403 });
    // After the token expires at Spotify, one new token and a retry.
    holder.plugin.auth.expireAllAccessTokens();
    expect((await catalog.tracks.get(ids[0] ?? '')).id).toBe(ids[0]);
    expect(holder.plugin.auth.stats.tokenRequests.client_credentials).toBe(2);
  });
});
