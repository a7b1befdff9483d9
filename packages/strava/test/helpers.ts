import type { TokenSet } from '@fitlink/core';
import { MemoryTokenStore } from '@fitlink/core';
import { createStravaApp, createStravaClient, type StravaClientSettings } from '@fitlink/strava';
import { type StravaSandboxPlugin, stravaSandboxPlugin } from '@fitlink/strava/testing';
import {
  createFakeClock,
  createSandbox,
  type FakeClock,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
} from '@fitlink/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The fixed end of the sandbox timeline in every test. */
export const NOW = Date.parse('2026-11-22T12:05:00Z');

/** A clock whose sleeps advance time at once and are recorded. */
export function fakeClock(start = NOW): FakeClock {
  return createFakeClock({ start });
}

/** Everything a test needs: sandbox, plugin, clock, app, store and a seeded connection. */
export interface StravaTestContext {
  sandbox: Sandbox;
  plugin: StravaSandboxPlugin;
  clock: ReturnType<typeof fakeClock>;
  app: ReturnType<typeof createStravaApp>;
  store: MemoryTokenStore;
  /** Seeds a connection under `key` and returns its tokens. */
  connect(options?: {
    key?: string;
    scope?: readonly string[];
    expired?: boolean;
  }): Promise<TokenSet>;
  client(settings?: Partial<StravaClientSettings>): ReturnType<typeof createStravaClient>;
}

const ALL_SCOPES = ['read', 'profile:read_all', 'activity:read_all', 'activity:write'];

/** A fresh Strava sandbox per test, served by msw with unhandled requests as errors. */
export function useStravaSandbox(options: { extraActivities?: number } = {}): {
  current: StravaTestContext;
  server: ReturnType<typeof setupServer>;
} {
  const server = setupServer();
  const build = (): StravaTestContext => {
    const clock = fakeClock();
    const plugin = stravaSandboxPlugin({ now: NOW, clock: clock.now, ...options });
    const sandbox = createSandbox({ providers: [plugin] });
    const app = createStravaApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      redirectUri: SANDBOX_REDIRECT_URI,
      clock,
    });
    const store = new MemoryTokenStore();
    return {
      sandbox,
      plugin,
      clock,
      app,
      store,
      async connect({ key = 'athlete-1', scope = ALL_SCOPES, expired = false } = {}) {
        const issued = plugin.current.auth.issueTokens({ scope: [...scope] });
        if (expired) plugin.current.auth.expireAccessToken(issued.accessToken);
        const tokens: TokenSet = {
          accessToken: issued.accessToken,
          refreshToken: issued.refreshToken ?? '',
          expiresAt: expired ? clock.now() - 1000 : issued.expiresAt,
          scope: [...scope],
        };
        await store.set(key, tokens);
        return tokens;
      },
      client: (settings = {}) =>
        createStravaClient({ app, store, key: 'athlete-1', clock, ...settings }),
    };
  };
  const holder = { current: build(), server };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    holder.current = build();
    server.resetHandlers(...holder.current.sandbox.handlers);
  });
  afterAll(() => server.close());
  server.resetHandlers(...holder.current.sandbox.handlers);
  return holder;
}
