/**
 * The browser side of the `browser-spotify-pkce` example: a page that connects Spotify with
 * PKCE as a public client (no secret anywhere in the page), keeps `state` and the verifier in
 * sessionStorage across the redirect, and lists the user's recent plays. Bundled for the
 * browser by esbuild from `@fitlink/spotify` as published: nothing Node-only is reachable.
 */
import { createMemoryTokenStore } from '@fitlink/core';
import { createSpotifyApp, createSpotifyClient } from '@fitlink/spotify';

interface PageConfig {
  /** The public client id (no secret exists). */
  readonly clientId: string;
  /** `http://127.0.0.1:<port>/callback`: Spotify accepts loopback IP literals only. */
  readonly redirectUri: string;
  /**
   * Offline only: a prefix that reaches the sandbox (`/proxy/`), because a browser cannot be
   * pointed at a fake accounts.spotify.com. Live, leave it out and the page talks to Spotify.
   */
  readonly proxy?: string;
}

declare global {
  interface Window {
    FITLINK_PAGE: PageConfig;
  }
}

const config = window.FITLINK_PAGE;
const rewrite = (url: string): string => {
  if (config.proxy === undefined) return url;
  const parsed = new URL(url);
  return `${config.proxy}${parsed.host}${parsed.pathname}${parsed.search}`;
};
const pageFetch: typeof fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  return input instanceof Request
    ? fetch(new Request(rewrite(url), input), init)
    : fetch(rewrite(url), init);
};

const app = createSpotifyApp({
  clientId: config.clientId,
  redirectUri: config.redirectUri,
  scopes: ['user-read-recently-played'],
  fetch: pageFetch,
});
const status = (text: string, state: string) => {
  const element = document.querySelector('#status');
  if (element) element.textContent = text;
  document.body.dataset.status = state;
};

async function connect(): Promise<void> {
  const authorization = await app.createAuthorization();
  sessionStorage.setItem('fitlink:state', authorization.state);
  sessionStorage.setItem('fitlink:verifier', authorization.codeVerifier ?? '');
  location.assign(rewrite(authorization.url.href));
}

async function callback(): Promise<void> {
  const state = sessionStorage.getItem('fitlink:state') ?? '';
  const codeVerifier = sessionStorage.getItem('fitlink:verifier') ?? '';
  sessionStorage.removeItem('fitlink:state');
  sessionStorage.removeItem('fitlink:verifier');
  status('exchanging the code…', 'exchanging');
  const tokens = await app.exchangeCode({ callback: new URL(location.href), state, codeVerifier });
  history.replaceState(null, '', '/'); // the code is single-use: drop it from the address bar
  const store = createMemoryTokenStore();
  await store.set('me', tokens);
  const client = createSpotifyClient({ app, store, key: 'me', fetch: pageFetch });
  const list = document.querySelector('#plays');
  let count = 0;
  for await (const play of client.listPlays({})) {
    const item = document.createElement('li');
    item.textContent = `${play.playedAt.slice(0, 16).replace('T', ' ')} — ${play.trackName} · ${play.artists.join(', ')}`;
    list?.append(item);
    count += 1;
  }
  status(`connected with PKCE: ${count} recent plays`, 'done');
}

const button = document.querySelector<HTMLButtonElement>('#connect');
button?.addEventListener('click', () => {
  connect().catch((error: unknown) => status(`failed: ${String(error)}`, 'failed'));
});
if (location.pathname === '/callback') {
  callback().catch((error: unknown) => status(`failed: ${String(error)}`, 'failed'));
} else status('not connected', 'idle');
