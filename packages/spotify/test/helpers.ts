import { type Clock, createMemoryTokenStore, type TokenSet, type TokenStore } from '@fitlink/core';
import {
  createSpotifyApp,
  createSpotifyClient,
  type SpotifyApp,
  type SpotifyClient,
  type SpotifyClientSettings,
  type SpotifyScope,
} from '@fitlink/spotify';
import type { SpotifySandboxPlugin } from '@fitlink/spotify/testing';
import {
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_REDIRECT_URI,
  seedConnection,
} from '@fitlink/testing';

/** The fixed end of the sandbox timeline in tests. */
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** Every scope the client reads with. */
export const READ_SCOPES: SpotifyScope[] = [
  'user-read-recently-played',
  'user-read-currently-playing',
  'user-read-playback-state',
  'user-top-read',
  'playlist-read-private',
];

/** A confidential (client secret) or public (PKCE) app on the sandbox's clients. */
export function sandboxApp(
  kind: 'confidential' | 'public' = 'confidential',
  extra: { clock?: Clock } = {},
): SpotifyApp {
  return createSpotifyApp({
    clientId: kind === 'public' ? SANDBOX_PUBLIC_CLIENT.clientId : SANDBOX_CLIENT.clientId,
    ...(kind === 'public' ? {} : { clientSecret: SANDBOX_CLIENT.clientSecret ?? '' }),
    redirectUri: SANDBOX_REDIRECT_URI,
    scopes: READ_SCOPES,
    ...extra,
  });
}

/**
 * Seeds a connection as if the user had consented (the kit's `seedConnection`, with Spotify's
 * `authorizedAt`) and returns a client for it.
 *
 * @param holder - The test's sandbox (`useSandbox(() => [spotifySandboxPlugin(…)])`).
 * @param options - Client kind, granted scopes, token lifetime or overrides, client settings.
 */
export async function seededClient(
  holder: { readonly plugin: SpotifySandboxPlugin },
  options: {
    kind?: 'confidential' | 'public';
    scope?: readonly string[];
    expiresInSeconds?: number;
    tokens?: Partial<TokenSet>;
    settings?: Partial<SpotifyClientSettings>;
  } = {},
): Promise<{ client: SpotifyClient; app: SpotifyApp; store: TokenStore; key: string }> {
  const kind = options.kind ?? 'confidential';
  const app = sandboxApp(kind);
  const { store, key, tokens } = await seedConnection({
    auth: holder.plugin.auth,
    clientId: app.clientId,
    scope: options.scope ?? READ_SCOPES,
    ...(options.expiresInSeconds === undefined
      ? {}
      : { expiresInSeconds: options.expiresInSeconds }),
    key: 'spotify:sandbox-user-1',
    store: createMemoryTokenStore(),
  });
  // A Spotify connection records when the user authorized: the six months start there.
  await store.set(key, { ...tokens, authorizedAt: Date.now(), ...options.tokens });
  const client = createSpotifyClient({ app, store, key, ...options.settings });
  return { client, app, store, key };
}
