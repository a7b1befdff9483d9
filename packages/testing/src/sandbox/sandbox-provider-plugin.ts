import type { HttpHandler } from 'msw';
import type { FakeAuthorizationServer } from '../auth/fake-authorization-server.js';
import type { FakeAuthorizationServerOptions } from '../auth/options.js';
import type { SandboxFaults } from '../faults/create-faults.js';

/** What a provider plugin receives when the sandbox sets it up. */
export interface SandboxContext {
  /** The sandbox's default authorization server. */
  readonly auth: FakeAuthorizationServer;
  /** The sandbox's fault knobs. */
  readonly faults: SandboxFaults;
  /** The sandbox seed, for deterministic fake data. */
  readonly seed: number;
  /**
   * Whether provider APIs check their answers against their routes' schemas (pass it to
   * `createProviderApi`'s `validate`).
   */
  readonly validateAnswers: boolean;
  /**
   * Creates an authorization server for the provider's own hosts and paths and registers it:
   * the sandbox serves its handlers (after the plugin's), routes its hosts in loopback mode
   * and lets token faults reach it.
   */
  createAuthorizationServer(options: FakeAuthorizationServerOptions): FakeAuthorizationServer;
}

/**
 * A provider's contribution to the sandbox, exported by `@fitlink/<provider>/testing`. Provider
 * packages build it with `createProviderSandboxPlugin`, which gives every provider the same
 * handle (`data`, `knobs`, `stats`, `auth`); a plain object works for a sandbox of your own.
 *
 * @example
 * ```ts
 * export function exampleSandboxPlugin(): SandboxProviderPlugin {
 *   return {
 *     id: 'example',
 *     hosts: ['api.example.com'],
 *     handlers: ({ createAuthorizationServer }) => {
 *       const auth = createAuthorizationServer({ baseUrl: 'https://api.example.com' });
 *       return [http.get('https://api.example.com/v1/me', ({ request }) =>
 *         auth.authenticate(request) ? Response.json({ id: 'u1' }) : auth.unauthorizedResponse())];
 *     },
 *   };
 * }
 * ```
 */
export interface SandboxProviderPlugin {
  /** Provider id, e.g. `'strava'`; unique within a sandbox. */
  readonly id: string;
  /** Hosts (`host[:port]`) the provider's API lives on, routed to the sandbox in loopback mode. */
  readonly hosts: readonly string[];
  /** Builds the provider's msw handlers. */
  handlers(context: SandboxContext): HttpHandler[];
  /** Authorization servers the plugin created itself; the sandbox serves and routes them too. */
  readonly authServers?: readonly FakeAuthorizationServer[];
}

/** A provider plugin as set up in a sandbox. */
export interface SandboxProvider {
  /** The plugin id. */
  readonly id: string;
  /** The plugin's hosts. */
  readonly hosts: readonly string[];
  /** The handlers the plugin returned. */
  readonly handlers: readonly HttpHandler[];
  /** The plugin's own authorization servers (listed and created through the context). */
  readonly authServers: readonly FakeAuthorizationServer[];
}
