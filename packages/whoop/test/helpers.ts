import { type Clock, MemoryTokenStore } from '@fitlink/core';
import {
  createFakeClock,
  createSandbox,
  type FakeClock,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
} from '@fitlink/testing';
import {
  createWhoopApp,
  createWhoopClient,
  WHOOP_DEFAULT_SCOPES,
  type WhoopAppSettings,
  type WhoopClientSettings,
} from '@fitlink/whoop';
import {
  type WhoopSandboxPlugin,
  type WhoopSandboxPluginOptions,
  whoopSandboxPlugin,
} from '@fitlink/whoop/testing';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** The fixed end of the sandbox timeline in tests. */
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** A clock whose sleeps advance time at once, recording each wait. */
export function fakeClock(start = Date.now()): FakeClock {
  return createFakeClock({ start });
}

/** A fresh WHOOP sandbox per test under msw, unhandled requests failing. */
export function useWhoopSandbox(options: () => WhoopSandboxPluginOptions = () => ({})) {
  const server = setupServer();
  const holder = {} as { sandbox: Sandbox; plugin: WhoopSandboxPlugin };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    holder.plugin = whoopSandboxPlugin({ now: NOW, days: 30, ...options() });
    holder.sandbox = createSandbox({ providers: [holder.plugin] });
    server.resetHandlers(...holder.sandbox.handlers);
  });
  afterAll(() => server.close());
  return {
    server,
    get sandbox() {
      return holder.sandbox;
    },
    get plugin() {
      return holder.plugin;
    },
    /** The plugin's authorization server. */
    get auth() {
      const auth = holder.plugin.auth;
      if (!auth) throw new Error('sandbox not set up');
      return auth;
    },
  };
}

export function whoopApp(overrides: Partial<WhoopAppSettings> = {}) {
  return createWhoopApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    ...overrides,
  });
}

/** Seeds a connection (as if the user had consented) and builds a client for it. */
export async function connect(
  plugin: WhoopSandboxPlugin,
  options: {
    clock?: Clock;
    scope?: readonly string[];
    expiresInSeconds?: number;
    app?: ReturnType<typeof whoopApp>;
    client?: Partial<WhoopClientSettings>;
  } = {},
) {
  const auth = plugin.auth;
  if (!auth) throw new Error('sandbox not set up');
  const scope = options.scope ?? WHOOP_DEFAULT_SCOPES;
  const issued = auth.issueTokens({
    clientId: SANDBOX_CLIENT.clientId,
    scope,
    ...(options.expiresInSeconds !== undefined
      ? { expiresInSeconds: options.expiresInSeconds }
      : {}),
  });
  const store = new MemoryTokenStore();
  const key = 'whoop:user-1';
  await store.set(key, {
    accessToken: issued.accessToken,
    ...(issued.refreshToken ? { refreshToken: issued.refreshToken } : {}),
    expiresAt: issued.expiresAt,
    scope: [...scope],
  });
  const app = options.app ?? whoopApp(options.clock ? { clock: options.clock } : {});
  const client = createWhoopClient({
    app,
    store,
    key,
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.client,
  });
  return { app, client, store, key, issued };
}
