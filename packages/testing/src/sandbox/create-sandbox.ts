import type { HttpHandler } from 'msw';
import { createSandboxApi, type SandboxApi } from '../api/sandbox-api.js';
import {
  createFakeAuthorizationServer,
  type FakeAuthorizationServer,
} from '../auth/fake-authorization-server.js';
import type { FakeAuthorizationServerOptions } from '../auth/options.js';
import { createFaults, type SandboxFaults } from '../faults/create-faults.js';
import type {
  SandboxContext,
  SandboxProvider,
  SandboxProviderPlugin,
} from './sandbox-provider-plugin.js';

/** Settings of {@link createSandbox}. */
export interface SandboxOptions {
  /**
   * Provider plugins, from `@fitlink/<provider>/testing`.
   * @defaultValue `[]`
   */
  readonly providers?: readonly SandboxProviderPlugin[];
  /**
   * Options of the default authorization server.
   * @defaultValue `{}` (see {@link FakeAuthorizationServerOptions})
   */
  readonly auth?: FakeAuthorizationServerOptions;
  /**
   * Base URL of the demo API.
   * @defaultValue `'https://api.sandbox.fitlink.test'`
   */
  readonly apiBaseUrl?: string;
  /**
   * Seed for every generator.
   * @defaultValue `1`
   */
  readonly seed?: number;
  /**
   * Whether provider APIs check every JSON answer against its route's schema, answering 500 and
   * recording the mismatch when a fake drifts from the schema (tests turn it on).
   * @defaultValue false
   */
  readonly validateAnswers?: boolean;
}

/** A sandbox: every handler in order, plus the objects tests inspect and steer. */
export interface Sandbox {
  /** Faults first, then each provider's handlers and servers, then the default auth and API. */
  readonly handlers: HttpHandler[];
  /** The default authorization server. */
  readonly auth: FakeAuthorizationServer;
  /** The demo API. */
  readonly api: SandboxApi;
  /** Fault knobs, applying to every host. */
  readonly faults: SandboxFaults;
  /** Set-up providers by id. */
  readonly providers: ReadonlyMap<string, SandboxProvider>;
  /** Every authorization server: the default one first, then the providers'. */
  readonly authServers: readonly FakeAuthorizationServer[];
  /** Every host the sandbox serves (`host[:port]`). */
  readonly hosts: ReadonlySet<string>;
  /** The seed. */
  readonly seed: number;
}

/**
 * Creates a sandbox: a fake authorization server, the demo API, fault knobs and the given
 * provider plugins, ready for msw `setupServer` or `startSandboxServer`.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox({ providers: [stravaSandboxPlugin()] });
 * const server = setupServer(...sandbox.handlers);
 * sandbox.faults.inject({ kind: 'status', status: 503 });
 * ```
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const seed = options.seed ?? 1;
  const authServers: FakeAuthorizationServer[] = [];
  const eachServer = (action: (server: FakeAuthorizationServer) => unknown) => {
    for (const server of authServers) action(server);
  };
  const faults = createFaults({
    tokens: {
      expire: (token) => eachServer((server) => server.expireAccessToken(token)),
      revoke: (token) => eachServer((server) => server.revokeGrant(token)),
    },
  });
  const auth = createFakeAuthorizationServer(options.auth ?? {});
  authServers.push(auth);
  const api = createSandboxApi({
    auth,
    seed,
    ...(options.apiBaseUrl === undefined ? {} : { baseUrl: options.apiBaseUrl }),
  });

  const providers = new Map<string, SandboxProvider>();
  const providerHandlers: HttpHandler[] = [];
  for (const plugin of options.providers ?? []) {
    if (providers.has(plugin.id))
      throw new TypeError(`createSandbox: duplicate provider "${plugin.id}"`);
    const own: FakeAuthorizationServer[] = [...(plugin.authServers ?? [])];
    const context: SandboxContext = {
      auth,
      faults,
      seed,
      validateAnswers: options.validateAnswers ?? false,
      createAuthorizationServer(serverOptions) {
        const server = createFakeAuthorizationServer(serverOptions);
        own.push(server);
        return server;
      },
    };
    const handlers = plugin.handlers(context);
    providerHandlers.push(...handlers, ...own.flatMap((server) => server.handlers));
    authServers.push(...own);
    providers.set(plugin.id, { id: plugin.id, hosts: plugin.hosts, handlers, authServers: own });
  }

  const downstream = [...providerHandlers, ...auth.handlers, ...api.handlers];
  const hosts = new Set([
    new URL(api.baseUrl).host,
    ...authServers.flatMap((server) => server.hosts),
    ...[...providers.values()].flatMap((provider) => provider.hosts),
  ]);
  return {
    handlers: [faults.createHandler(() => downstream), ...downstream],
    auth,
    api,
    faults,
    providers,
    authServers,
    hosts,
    seed,
  };
}
