import type { Clock } from '@fitlink/core';
import {
  createOuraApp,
  createOuraClient,
  OURA_DEFAULT_SCOPES,
  type OuraAppSettings,
  type OuraClientSettings,
} from '@fitlink/oura';
import {
  type OuraSandboxPlugin,
  type OuraSandboxPluginOptions,
  ouraSandboxPlugin,
} from '@fitlink/oura/testing';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI, seedConnection } from '@fitlink/testing';

/** The fixed end of the sandbox timeline in tests. */
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** The Oura plugin as tests use it: the timeline ends at {@link NOW}, 30 days long. */
export function ouraPlugin(options: OuraSandboxPluginOptions = {}): OuraSandboxPlugin {
  return ouraSandboxPlugin({ now: NOW, days: 30, ...options });
}

export function ouraApp(overrides: Partial<OuraAppSettings> = {}) {
  return createOuraApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    ...overrides,
  });
}

/** Seeds a connection (as if the user had consented) and builds a client for it. */
export async function connect(
  plugin: OuraSandboxPlugin,
  options: {
    clock?: Clock;
    scope?: readonly string[];
    app?: ReturnType<typeof ouraApp>;
    client?: Partial<OuraClientSettings>;
  } = {},
) {
  const { store, key, issued } = await seedConnection({
    auth: plugin.auth,
    scope: options.scope ?? OURA_DEFAULT_SCOPES,
    key: 'oura:user-1',
  });
  const app = options.app ?? ouraApp(options.clock ? { clock: options.clock } : {});
  const client = createOuraClient({
    app,
    store,
    key,
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.client,
  });
  return { app, client, store, key, issued };
}
