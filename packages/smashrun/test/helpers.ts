import { type Clock, createMemoryTokenStore } from '@fitlink/core';
import {
  createSmashrunApp,
  createSmashrunClient,
  type SmashrunClientSettings,
} from '@fitlink/smashrun';
import { type SmashrunSandboxOptions, smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
import {
  createFakeClock,
  type FakeClock,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  seedConnection,
} from '@fitlink/testing';
import { type UseSandboxOptions, useSandbox } from '@fitlink/testing/vitest';

/** The fixed "now" of every test: 2026-11-22 12:00 UTC. */
export const NOW = Date.parse('2026-11-22T12:00:00Z');

/** Creates a {@link FakeClock} starting at `start`. */
export function fakeClock(start = NOW): FakeClock {
  return createFakeClock({ start });
}

/**
 * A fresh sandbox per test with the SmashRun plugin (`useSandbox`), its timeline ending at
 * {@link NOW} and its server on a fake clock that starts there.
 */
export function useSmashrunSandbox(
  options: SmashrunSandboxOptions = {},
  sandboxOptions: UseSandboxOptions = {},
) {
  let clock = fakeClock();
  const fixture = useSandbox(() => {
    clock = fakeClock();
    return [smashrunSandboxPlugin({ now: NOW, clock: clock.now, ...options })];
  }, sandboxOptions);
  return {
    get sandbox() {
      return fixture.sandbox;
    },
    get plugin() {
      return fixture.plugin;
    },
    /** The current test's server clock. */
    get clock() {
      return clock;
    },
  };
}

/** The sandbox of a test file, from {@link useSmashrunSandbox}. */
export type SmashrunTestSandbox = ReturnType<typeof useSmashrunSandbox>;

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

/** A client over a seeded connection (as if the user had consented), valid for an hour. */
export async function connectedClient(
  world: SmashrunTestSandbox,
  options: { scope?: string[]; settings?: Partial<SmashrunClientSettings> } = {},
) {
  const app = sandboxApp(world.clock);
  const { store, key, issued } = await seedConnection({
    auth: world.plugin.auth,
    scope: options.scope ?? ['read_activity', 'write_activity'],
    expiresInSeconds: 3600,
    store: createMemoryTokenStore(),
  });
  const client = createSmashrunClient({ app, store, key, clock: world.clock, ...options.settings });
  return { app, store, client, issued };
}
