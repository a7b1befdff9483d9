import { type Clock, MemoryTokenStore } from '@fitlink/core';
import {
  createSmashrunApp,
  createSmashrunClient,
  type SmashrunClientSettings,
} from '@fitlink/smashrun';
import { type SmashrunSandboxOptions, smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
import {
  createFakeClock,
  createSandbox,
  type FakeAuthorizationServer,
  type FakeClock,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
} from '@fitlink/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The fixed "now" of every test: 2026-11-22 12:00 UTC. */
export const NOW = Date.parse('2026-11-22T12:00:00Z');

/** A clock whose sleeps advance time at once and are recorded. */
/** Creates a {@link FakeClock} starting at `start`. */
export function fakeClock(start = NOW): FakeClock {
  return createFakeClock({ start });
}

/** One test's world: the sandbox with the SmashRun plugin, its clock and handles. */
export interface World {
  sandbox: Sandbox;
  plugin: ReturnType<typeof smashrunSandboxPlugin>;
  clock: FakeClock;
  auth: FakeAuthorizationServer;
}

/** A fresh sandbox per test (msw in-process, unhandled requests are errors). */
export function useSmashrunSandbox(options: SmashrunSandboxOptions = {}): { current: World } {
  const make = (): World => {
    const clock = fakeClock();
    const plugin = smashrunSandboxPlugin({ now: NOW, clock: clock.now, ...options });
    const sandbox = createSandbox({ providers: [plugin] });
    const auth = sandbox.providers.get('smashrun')?.authServers[0];
    if (!auth) throw new Error('no smashrun auth server');
    return { sandbox, plugin, clock, auth };
  };
  const holder = { current: make() };
  const server = setupServer(...holder.current.sandbox.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    holder.current = make();
    server.resetHandlers(...holder.current.sandbox.handlers);
  });
  afterAll(() => server.close());
  return holder;
}

/** The SmashRun app with the sandbox's credentials. */
export function sandboxApp(clock?: Clock) {
  return createSmashrunApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    scopes: ['read_activity', 'write_activity'],
    ...(clock ? { clock } : {}),
  });
}

/** A client over a seeded connection (as if the user had consented). */
export async function connectedClient(
  world: World,
  options: { scope?: string[]; settings?: Partial<SmashrunClientSettings> } = {},
) {
  const app = sandboxApp(world.clock);
  const store = new MemoryTokenStore();
  const issued = world.auth.issueTokens({
    scope: options.scope ?? ['read_activity', 'write_activity'],
  });
  await store.set('user-1', {
    accessToken: issued.accessToken,
    ...(issued.refreshToken ? { refreshToken: issued.refreshToken } : {}),
    expiresAt: world.clock.now() + 3_600_000,
  });
  const client = createSmashrunClient({
    app,
    store,
    key: 'user-1',
    clock: world.clock,
    ...options.settings,
  });
  return { app, store, client, issued };
}
