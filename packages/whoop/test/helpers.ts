import type { Clock } from '@fitlink/core';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI, seedConnection } from '@fitlink/testing';
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

/** The fixed end of the sandbox timeline in tests. */
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** The WHOOP plugin as tests use it: the timeline ends at {@link NOW}, 30 days long. */
export function whoopPlugin(options: WhoopSandboxPluginOptions = {}): WhoopSandboxPlugin {
  return whoopSandboxPlugin({ now: NOW, days: 30, ...options });
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
  const { store, key, issued } = await seedConnection({
    auth: plugin.auth,
    scope: options.scope ?? WHOOP_DEFAULT_SCOPES,
    key: 'whoop:user-1',
    ...(options.expiresInSeconds !== undefined
      ? { expiresInSeconds: options.expiresInSeconds }
      : {}),
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
