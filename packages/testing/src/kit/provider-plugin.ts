import type { HttpHandler } from 'msw';
import type { FakeAuthorizationServer } from '../auth/fake-authorization-server.js';
import type { FakeAuthorizationServerOptions } from '../auth/options.js';
import type { SandboxContext, SandboxProviderPlugin } from '../sandbox/sandbox-provider-plugin.js';
import { createProviderApiStats, type ProviderApiStats } from './provider-api.js';

/**
 * The handle every provider's sandbox plugin gives tests: the same four members whatever the
 * provider, `data` and `auth` once a sandbox has set the plugin up.
 */
export interface ProviderSandboxPlugin<
  TId extends string,
  TData,
  TKnobs,
  TStats extends ProviderApiStats = ProviderApiStats,
> extends SandboxProviderPlugin {
  /** Provider id. */
  readonly id: TId;
  /** Switches tests write (rate-limit budget, faults of the provider's own kind …). */
  readonly knobs: TKnobs;
  /** Live counters of the provider's API. */
  readonly stats: TStats;
  /**
   * The data served by the last sandbox that set the plugin up.
   * @throws Error before a sandbox has set the plugin up.
   */
  readonly data: TData;
  /**
   * The provider's fake authorization server, from the last sandbox that set the plugin up.
   * @throws Error before a sandbox has set the plugin up.
   */
  readonly auth: FakeAuthorizationServer;
}

/** What a provider's API half is built from, once its sandbox is set up. */
export interface ProviderSandboxParts<TData, TKnobs, TStats extends ProviderApiStats> {
  /** The provider's authorization server. */
  readonly auth: FakeAuthorizationServer;
  /** The data to serve. */
  readonly data: TData;
  /** The plugin's knobs. */
  readonly knobs: TKnobs;
  /** The plugin's counters, to pass to `createProviderApi`. */
  readonly stats: TStats;
  /** The sandbox context (seed, faults, `validateAnswers`). */
  readonly context: SandboxContext;
}

/** What {@link createProviderSandboxPlugin} is configured with. */
export interface ProviderSandboxPluginDefinition<
  TId extends string,
  TData,
  TKnobs,
  TStats extends ProviderApiStats,
> {
  /** Provider id. */
  readonly id: TId;
  /** Hosts the provider's API and pages live on, routed to the sandbox in loopback mode. */
  readonly hosts: readonly string[];
  /** The knobs, created once with the plugin. */
  readonly knobs: TKnobs;
  /**
   * The counters, created once with the plugin.
   * @defaultValue a new {@link ProviderApiStats}
   */
  readonly stats?: TStats;
  /** The authorization half, purely by options (paths, client auth, rotation, error bodies). */
  authorization(context: SandboxContext): FakeAuthorizationServerOptions;
  /** Renders the provider's data (usually from the shared timeline, with `context.seed`). */
  data(context: SandboxContext): TData;
  /** The API half: usually `createProviderApi(…).handlers`, plus any page the provider serves. */
  api(parts: ProviderSandboxParts<TData, TKnobs, TStats>): HttpHandler[];
}

/**
 * Declares a provider's sandbox plugin with the one handle shape every provider shares
 * (`data`, `knobs`, `stats`, `auth`): the authorization half by options, the API half from the
 * provider's route table.
 *
 * @param definition - Id, hosts, knobs, and how to build the authorization server, data and API.
 * @example
 * ```ts
 * import { createProviderSandboxPlugin, createProviderApi } from '@fitlink/testing';
 *
 * export const examplePlugin = () =>
 *   createProviderSandboxPlugin({
 *     id: 'example',
 *     hosts: ['api.example.com'],
 *     knobs: {},
 *     authorization: () => ({ baseUrl: 'https://api.example.com' }),
 *     data: ({ seed }) => createExampleFake({ seed }),
 *     api: ({ auth, data, stats, context }) =>
 *       createProviderApi({ baseUrl, routes: EXAMPLE_ROUTES, auth, stats, errors, validate: context.validateAnswers,
 *         answers: { workouts: () => data.workouts } }).handlers,
 *   });
 * ```
 */
export function createProviderSandboxPlugin<
  const TId extends string,
  TData,
  TKnobs,
  TStats extends ProviderApiStats = ProviderApiStats,
>(
  definition: ProviderSandboxPluginDefinition<TId, TData, TKnobs, TStats>,
): ProviderSandboxPlugin<TId, TData, TKnobs, TStats> {
  const stats = definition.stats ?? (createProviderApiStats() as TStats);
  let current: { auth: FakeAuthorizationServer; data: TData } | undefined;
  const setUp = () => {
    if (current === undefined) {
      throw new Error(
        `the ${definition.id} sandbox plugin is not set up: pass it to createSandbox`,
      );
    }
    return current;
  };
  return {
    id: definition.id,
    hosts: definition.hosts,
    knobs: definition.knobs,
    stats,
    get data() {
      return setUp().data;
    },
    get auth() {
      return setUp().auth;
    },
    handlers(context) {
      const auth = context.createAuthorizationServer(definition.authorization(context));
      const data = definition.data(context);
      current = { auth, data };
      return definition.api({ auth, data, knobs: definition.knobs, stats, context });
    },
  };
}
