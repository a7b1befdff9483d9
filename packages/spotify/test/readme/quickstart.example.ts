import { createMemoryTokenStore } from '@fitlink/core';
import { createSpotifyApp, createSpotifyClient } from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { createSandbox, SANDBOX_PUBLIC_CLIENT } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

// The sandbox plays accounts.spotify.com and api.spotify.com on 127.0.0.1: no credentials.
const plugin = spotifySandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
const loopback = await startSandboxServer(createSandbox({ providers: [plugin] }));

// A public client (a browser or CLI): authorization code with PKCE, no secret, loopback redirect.
const app = createSpotifyApp({
  clientId: SANDBOX_PUBLIC_CLIENT.clientId,
  redirectUri: 'http://127.0.0.1:4317/callback',
  scopes: ['user-read-recently-played'],
  fetch: loopback.fetch,
});
const { url, state, codeVerifier } = await app.createAuthorization();
const callback = await followAuthorization(url, loopback.fetch); // the user approves
const tokens = await app.exchangeCode({ callback, state, codeVerifier: codeVerifier ?? '' });
const store = createMemoryTokenStore();
await store.set('spotify:user-1', tokens);

// Recently played, normalized: the newest three plays.
const client = createSpotifyClient({ app, store, key: 'spotify:user-1', fetch: loopback.fetch });
let shown = 0;
for await (const play of client.listPlays()) {
  console.log(play.playedAt, `${play.artists.join(', ')} – ${play.trackName}`);
  if (++shown === 3) break;
}
await loopback.close();
