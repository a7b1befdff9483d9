import { type Clock, MemoryTokenStore, type TokenSet } from '@fitlink/core';
import {
  createSpotifyApp,
  createSpotifyClient,
  type SpotifyApp,
  type SpotifyClient,
  type SpotifyClientSettings,
  type SpotifyScope,
} from '@fitlink/spotify';
import { type SpotifySandboxPlugin, spotifySandboxPlugin } from '@fitlink/spotify/testing';
import {
  createFakeClock,
  createSandbox,
  type FakeClock,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
} from '@fitlink/testing';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';

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

/** A fresh Spotify sandbox per test, served by msw with unhandled requests as errors. */
export interface SpotifySandboxHolder {
  sandbox: Sandbox;
  plugin: SpotifySandboxPlugin;
  /** The msw server (add one-off handlers with `server.use`). */
  server: SetupServer;
}

/**
 * Sets up msw for the file and a new sandbox before each test.
 *
 * @param options - Plugin options (rotation, clock).
 */
export function useSpotifySandbox(
  options: Parameters<typeof spotifySandboxPlugin>[0] = {},
): SpotifySandboxHolder {
  const build = () => {
    const plugin = spotifySandboxPlugin({ now: NOW, ...options });
    return { plugin, sandbox: createSandbox({ providers: [plugin] }) };
  };
  const first = build();
  const server = setupServer(...first.sandbox.handlers);
  const holder: SpotifySandboxHolder = { ...first, server };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    Object.assign(holder, build());
    server.resetHandlers(...holder.sandbox.handlers);
  });
  afterAll(() => server.close());
  return holder;
}

/** The plugin's accounts server (set up by the sandbox). */
export function accountsOf(holder: SpotifySandboxHolder) {
  const accounts = holder.plugin.accounts;
  if (!accounts) throw new Error('the Spotify plugin is not set up');
  return accounts;
}

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

/** Seeds a connection as if the user had consented and returns a client for it. */
export async function seededClient(
  holder: SpotifySandboxHolder,
  options: {
    kind?: 'confidential' | 'public';
    scope?: readonly string[];
    expiresInSeconds?: number;
    tokens?: Partial<TokenSet>;
    settings?: Partial<SpotifyClientSettings>;
  } = {},
): Promise<{ client: SpotifyClient; app: SpotifyApp; store: MemoryTokenStore; key: string }> {
  const kind = options.kind ?? 'confidential';
  const app = sandboxApp(kind);
  const issued = accountsOf(holder).issueTokens({
    clientId: kind === 'public' ? SANDBOX_PUBLIC_CLIENT.clientId : SANDBOX_CLIENT.clientId,
    scope: options.scope ?? READ_SCOPES,
    ...(options.expiresInSeconds === undefined
      ? {}
      : { expiresInSeconds: options.expiresInSeconds }),
  });
  const store = new MemoryTokenStore();
  const key = 'spotify:sandbox-user-1';
  await store.set(key, {
    accessToken: issued.accessToken,
    ...(issued.refreshToken ? { refreshToken: issued.refreshToken } : {}),
    expiresAt: issued.expiresAt,
    scope: [...issued.scope],
    authorizedAt: Date.now(),
    ...options.tokens,
  });
  const client = createSpotifyClient({ app, store, key, ...options.settings });
  return { client, app, store, key };
}

/** A clock whose `sleep` records the wait and returns at once, advancing `now`. */
export function fakeClock(start = Date.now()): FakeClock {
  return createFakeClock({ start });
}
