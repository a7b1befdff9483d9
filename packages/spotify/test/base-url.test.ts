import { createSpotifyCatalogClient, SPOTIFY_API_BASE_URL } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { NOW, sandboxApp, seededClient } from './helpers.js';

// Another origin and path (a proxy, say), forwarding to the sandbox's Web API.
const PROXY = 'https://spotify-proxy.fitlink.test/web-api';

describe('baseUrl', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);
  const received: string[] = [];
  const proxy = () => {
    received.length = 0;
    holder.server.use(
      http.all(`${PROXY}/*`, ({ request }) => {
        received.push(new URL(request.url).pathname);
        return fetch(new Request(request.url.replace(PROXY, SPOTIFY_API_BASE_URL), request));
      }),
    );
  };

  it('sends every API request of a user client to an overridden base URL', async () => {
    proxy();
    const { client } = await seededClient(holder, { settings: { baseUrl: PROXY } });
    expect(await client.listPlays({}).toArray({ limit: 1 })).toHaveLength(1);
    expect((await client.me.get()).id).toBeTypeOf('string');
    expect(received).toEqual(['/web-api/me/player/recently-played', '/web-api/me']);
    expect(holder.plugin.stats.requests).toBe(2);
  });

  it('sends the catalog client’s requests there too', async () => {
    proxy();
    const catalog = createSpotifyCatalogClient({ app: sandboxApp(), baseUrl: PROXY });
    const [play] = holder.plugin.data.recentHistory() ?? [];
    const id = play?.track.id ?? '';
    expect((await catalog.tracks.get(id)).id).toBe(id);
    expect(received).toEqual([`/web-api/tracks/${id}`]);
  });
});
