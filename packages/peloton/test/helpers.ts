import { createMemoryTokenStore } from '@fitlink/core';
import {
  createPelotonApp,
  createPelotonClient,
  type PelotonClientSettings,
} from '@fitlink/peloton';
import {
  type PelotonSandboxPlugin,
  type PelotonSandboxPluginOptions,
  pelotonSandboxPlugin,
} from '@fitlink/peloton/testing';
import { createFakeClock, type FakeClock, seedConnection } from '@fitlink/testing';
import { type SandboxFixture, useSandbox } from '@fitlink/testing/vitest';

/** The fixed "now" of every test. */
export const NOW = Date.parse('2026-11-22T12:00:00Z');

let fixture: SandboxFixture<readonly [PelotonSandboxPlugin]> | undefined;

/** A fresh Peloton sandbox per test (kit's `useSandbox`: msw, answers checked against schemas). */
export function usePelotonSandbox(
  options: PelotonSandboxPluginOptions = {},
): SandboxFixture<readonly [PelotonSandboxPlugin]> {
  fixture = useSandbox(() => [pelotonSandboxPlugin({ now: NOW, days: 60, ...options })] as const);
  return fixture;
}

/** A clock whose sleeps return at once and move time forward, recording each wait. */
export function fakeClock(start = NOW): FakeClock {
  return createFakeClock({ start });
}

/** Seeds the sandbox member's connection under `member` and returns the app, store and a client. */
export async function connect(overrides: Partial<PelotonClientSettings> = {}) {
  if (fixture === undefined) throw new Error('connect() needs usePelotonSandbox() in the file');
  const app = overrides.app ?? createPelotonApp();
  const { store, key, tokens } = await seedConnection({
    auth: fixture.plugin.auth,
    key: 'member',
    store: createMemoryTokenStore(),
  });
  const client = createPelotonClient({ app, store, key, ...overrides });
  return { app, store, tokens, client };
}
