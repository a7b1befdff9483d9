import { type Clock, createMemoryTokenStore } from '@fitlink/core';
import { type CorosClientSettings, createCorosApp, createCorosClient } from '@fitlink/coros';
import {
  COROS_SANDBOX_OPEN_ID,
  type CorosSandboxPluginOptions,
  corosSandboxPlugin,
} from '@fitlink/coros/testing';
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

/** Thirty days, in milliseconds. */
export const THIRTY_DAYS_MS = 30 * 86_400_000;

/** A fresh sandbox per test with the COROS plugin, its timeline ending at {@link NOW}. */
export function useCorosSandbox(
  options: CorosSandboxPluginOptions = {},
  sandboxOptions: UseSandboxOptions = {},
) {
  let clock: FakeClock = createFakeClock({ start: NOW });
  const fixture = useSandbox(() => {
    clock = createFakeClock({ start: NOW });
    return [corosSandboxPlugin({ now: NOW, clock: clock.now, ...options })];
  }, sandboxOptions);
  return {
    get sandbox() {
      return fixture.sandbox;
    },
    get plugin() {
      return fixture.plugin;
    },
    /** The current test's clock (server and client). */
    get clock() {
      return clock;
    },
  };
}

/** The sandbox of a test file. */
export type CorosTestSandbox = ReturnType<typeof useCorosSandbox>;

/** The COROS app with the sandbox's credentials. */
export function sandboxApp(clock?: Clock) {
  return createCorosApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    ...(clock ? { clock } : {}),
  });
}

/**
 * A client over a seeded connection (as if the user had consented), with the sandbox user's
 * `openId`, valid `expiresInSeconds` (30 days by default).
 */
export async function connectedClient(
  world: CorosTestSandbox,
  options: { expiresInSeconds?: number; settings?: Partial<CorosClientSettings> } = {},
) {
  const app = sandboxApp(world.clock);
  const seeded = await seedConnection({
    auth: world.plugin.auth,
    expiresInSeconds: options.expiresInSeconds ?? THIRTY_DAYS_MS / 1000,
    store: createMemoryTokenStore(),
  });
  const tokens = { ...seeded.tokens, providerUserId: COROS_SANDBOX_OPEN_ID };
  await seeded.store.set(seeded.key, tokens);
  const client = createCorosClient({
    app,
    store: seeded.store,
    key: seeded.key,
    clock: world.clock,
    ...options.settings,
  });
  return { app, store: seeded.store, key: seeded.key, client, tokens };
}
