import { createMemoryTokenStore, type TokenSet, type TokenStore } from '@fitlink/core';
import {
  createStravaApp,
  createStravaClient,
  type StravaApp,
  type StravaClientSettings,
} from '@fitlink/strava';
import { stravaSandboxPlugin } from '@fitlink/strava/testing';
import {
  createFakeClock,
  type FakeClock,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  seedConnection,
} from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';

/** The fixed end of the sandbox timeline in every test. */
export const NOW = Date.parse('2026-11-22T12:05:00Z');

const ALL_SCOPES = ['read', 'profile:read_all', 'activity:read_all', 'activity:write'];

/**
 * A fresh Strava sandbox per test (`useSandbox`), with the provider glue: a fake clock shared by
 * the sandbox, the app and the clients, a token store, a seeded connection and a client factory.
 */
export function useStravaSandbox() {
  let glue: { clock: FakeClock; app: StravaApp; store: TokenStore } | undefined;
  const fixture = useSandbox(() => {
    const clock = createFakeClock({ start: NOW });
    glue = {
      clock,
      app: createStravaApp({
        clientId: SANDBOX_CLIENT.clientId,
        clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
        redirectUri: SANDBOX_REDIRECT_URI,
        clock,
      }),
      store: createMemoryTokenStore(),
    };
    return [stravaSandboxPlugin({ now: NOW, clock: clock.now })] as const;
  });
  const current = () => {
    if (glue === undefined) throw new Error('useStravaSandbox: no test is running');
    return glue;
  };
  return {
    get server() {
      return fixture.server;
    },
    get sandbox() {
      return fixture.sandbox;
    },
    get plugin() {
      return fixture.plugin;
    },
    get clock() {
      return current().clock;
    },
    get app() {
      return current().app;
    },
    get store() {
      return current().store;
    },
    /** Seeds a connection under `key` (default `athlete-1`) and returns its tokens. */
    async connect({
      key = 'athlete-1',
      scope = ALL_SCOPES,
      expired = false,
    }: {
      key?: string;
      scope?: readonly string[];
      expired?: boolean;
    } = {}): Promise<TokenSet> {
      const { tokens } = await seedConnection({
        auth: fixture.plugin.auth,
        scope,
        key,
        store: current().store,
        ...(expired ? { expiresInSeconds: 0 } : {}),
      });
      return tokens;
    },
    /** A client of the `athlete-1` connection on the test's clock. */
    client: (settings: Partial<StravaClientSettings> = {}) => {
      const { app, store, clock } = current();
      return createStravaClient({ app, store, key: 'athlete-1', clock, ...settings });
    },
  };
}
