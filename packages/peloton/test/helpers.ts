import { MemoryTokenStore, type TokenSet } from '@fitlink/core';
import {
  createPelotonApp,
  createPelotonClient,
  type PelotonClientSettings,
} from '@fitlink/peloton';
import {
  PELOTON_SANDBOX_PASSWORD,
  PELOTON_SANDBOX_USERNAME,
  type PelotonSandboxPlugin,
  type PelotonSandboxPluginOptions,
  pelotonSandboxPlugin,
} from '@fitlink/peloton/testing';
import {
  createFakeClock,
  createSandbox,
  type FakeAuthorizationServer,
  type FakeClock,
  type Sandbox,
} from '@fitlink/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** The fixed "now" of every test. */
export const NOW = Date.parse('2026-11-22T12:00:00Z');

/** What each test gets: a fresh sandbox with the Peloton plugin. */
export interface PelotonTestContext {
  sandbox: Sandbox;
  plugin: PelotonSandboxPlugin;
  auth: FakeAuthorizationServer;
  server: ReturnType<typeof setupServer>;
}

/** A fresh Peloton sandbox per test, served in-process by msw; unhandled requests fail. */
export function usePelotonSandbox(options: PelotonSandboxPluginOptions = {}): PelotonTestContext {
  const server = setupServer();
  const context = { server } as PelotonTestContext;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    context.plugin = pelotonSandboxPlugin({ now: NOW, days: 60, ...options });
    context.sandbox = createSandbox({ providers: [context.plugin] });
    const auth = context.sandbox.providers.get('peloton')?.authServers[0];
    if (!auth) throw new Error('no Peloton authorization server');
    context.auth = auth;
    server.resetHandlers(...context.sandbox.handlers);
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return context;
}

/** A clock whose sleeps return at once and move time forward, recording each wait. */
export function fakeClock(start = NOW): FakeClock {
  return createFakeClock({ start });
}

/** Logs the sandbox member in and returns an app, a store holding the tokens, and a client. */
export async function connect(overrides: Partial<PelotonClientSettings> = {}) {
  const app = overrides.app ?? createPelotonApp();
  const store = new MemoryTokenStore();
  const tokens: TokenSet = await app.login({
    username: PELOTON_SANDBOX_USERNAME,
    password: PELOTON_SANDBOX_PASSWORD,
  });
  await store.set('member', tokens);
  const client = createPelotonClient({ app, store, key: 'member', ...overrides });
  return { app, store, tokens, client };
}
