import type { Clock } from '@fitlink/core';
import {
  createPolarApp,
  createPolarClient,
  createPolarV3App,
  createPolarV3Client,
  POLAR_DEFAULT_SCOPES,
  type PolarAppSettings,
  type PolarClientSettings,
} from '@fitlink/polar';
import {
  type PolarSandboxPlugin,
  type PolarSandboxPluginOptions,
  polarSandboxPlugin,
} from '@fitlink/polar/testing';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI, seedConnection } from '@fitlink/testing';

/** The fixed end of the sandbox timeline in tests. */
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** The Polar plugin as tests use it: the timeline ends at {@link NOW}, 90 days long. */
export function polarPlugin(options: PolarSandboxPluginOptions = {}): PolarSandboxPlugin {
  return polarSandboxPlugin({ now: NOW, days: 90, ...options });
}

export function polarApp(overrides: Partial<PolarAppSettings> = {}) {
  return createPolarApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    ...overrides,
  });
}

/** Seeds a v4 connection (as if the user had consented) and builds a client for it. */
export async function connect(
  plugin: PolarSandboxPlugin,
  options: {
    clock?: Clock;
    scope?: readonly string[];
    app?: ReturnType<typeof polarApp>;
    client?: Partial<PolarClientSettings>;
  } = {},
) {
  const { store, key, issued } = await seedConnection({
    auth: plugin.auth,
    scope: options.scope ?? POLAR_DEFAULT_SCOPES,
    key: 'polar:user-1',
  });
  const app = options.app ?? polarApp(options.clock ? { clock: options.clock } : {});
  const client = createPolarClient({
    app,
    store,
    key,
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.client,
  });
  return { app, client, store, key, issued };
}

/** Seeds a v3 connection (scope `accesslink.read_all`, no refresh token) and a v3 client. */
export async function connectV3(plugin: PolarSandboxPlugin) {
  const { store, key, issued } = await seedConnection({
    auth: plugin.auth,
    scope: ['accesslink.read_all'],
    key: 'polar-v3:user-1',
  });
  const tokens = await store.get(key);
  if (tokens) await store.set(key, { accessToken: tokens.accessToken, providerUserId: '38101774' });
  const app = createPolarV3App({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
  });
  const client = createPolarV3Client({ app, store, key });
  return { app, client, store, key, issued };
}
