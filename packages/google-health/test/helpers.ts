import type { Clock } from '@fitlink/core';
import {
  createGoogleHealthApp,
  createGoogleHealthClient,
  GOOGLE_HEALTH_DEFAULT_SCOPES,
  type GoogleHealthAppSettings,
  type GoogleHealthClientSettings,
} from '@fitlink/google-health';
import {
  type GoogleHealthSandboxPlugin,
  type GoogleHealthSandboxPluginOptions,
  googleHealthSandboxPlugin,
} from '@fitlink/google-health/testing';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI, seedConnection } from '@fitlink/testing';

/** The fixed end of the sandbox timeline in tests. */
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** The plugin as tests use it: the timeline ends at {@link NOW}, 30 days long. */
export function googleHealthPlugin(
  options: GoogleHealthSandboxPluginOptions = {},
): GoogleHealthSandboxPlugin {
  return googleHealthSandboxPlugin({ now: NOW, days: 30, ...options });
}

export function googleHealthApp(overrides: Partial<GoogleHealthAppSettings> = {}) {
  return createGoogleHealthApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    ...overrides,
  });
}

/** Seeds a connection (as if the user had consented) and builds a client for it. */
export async function connect(
  plugin: GoogleHealthSandboxPlugin,
  options: {
    clock?: Clock;
    scope?: readonly string[];
    client?: Partial<GoogleHealthClientSettings>;
  } = {},
) {
  const { store, key, issued } = await seedConnection({
    auth: plugin.auth,
    scope: options.scope ?? GOOGLE_HEALTH_DEFAULT_SCOPES,
    key: 'google-health:user-1',
  });
  const app = googleHealthApp(options.clock ? { clock: options.clock } : {});
  const client = createGoogleHealthClient({
    app,
    store,
    key,
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.client,
  });
  return { app, client, store, key, issued };
}
