/**
 * Connects the sandbox user to several providers at once, through each provider's real auth
 * code path (the same connectors `pnpm demo` uses), for examples about cross-provider work.
 */
import { createMemoryTokenStore } from '@fitlink/core';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';
import { type DemoClient, demoProviders } from '../demo/providers.js';

/** Connected clients by provider id, and a way to stop the sandbox. */
export interface SandboxConnections {
  readonly clients: ReadonlyMap<string, DemoClient>;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the sandbox with the given providers and connects one user to each. */
export async function connectSandbox(
  ids: readonly string[],
  now = Date.now(),
): Promise<SandboxConnections> {
  const providers = demoProviders.filter((provider) => ids.includes(provider.id));
  const sandbox = createSandbox({ providers: providers.map((provider) => provider.plugin(now)) });
  const server = await startSandboxServer(sandbox);
  const store = createMemoryTokenStore();
  const clients = new Map<string, DemoClient>();
  for (const provider of providers) {
    const { client } = await provider.connect({
      live: false,
      fetch: server.fetch,
      store,
      redirectUri: SANDBOX_REDIRECT_URI,
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      env: () => undefined,
      authorize: (url) => followAuthorization(url, server.fetch),
    });
    clients.set(provider.id, client);
  }
  return { clients, url: server.url, close: () => server.close() };
}
