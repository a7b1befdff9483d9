import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { FakeAuthorizationServerOptions } from '../auth/options.js';
import type { AnswerCheck } from '../kit/check-answer.js';
import { createSandbox, type Sandbox } from '../sandbox/create-sandbox.js';
import type { SandboxProviderPlugin } from '../sandbox/sandbox-provider-plugin.js';

/** Settings of {@link useSandbox}. */
export interface UseSandboxOptions {
  /**
   * The sandbox seed.
   * @defaultValue 1
   */
  readonly seed?: number;
  /**
   * Check every provider answer against its route's schema and fail the test on a mismatch.
   * @defaultValue true
   */
  readonly validateAnswers?: boolean;
  /**
   * Options of the sandbox's default authorization server.
   * @defaultValue `{}`
   */
  readonly auth?: FakeAuthorizationServerOptions;
}

/** The sandbox of the running test, rebuilt before each test. */
export interface SandboxFixture<TPlugins extends readonly SandboxProviderPlugin[]> {
  /** The msw server (unhandled requests are errors). */
  readonly server: SetupServer;
  /** The current test's sandbox. */
  readonly sandbox: Sandbox;
  /** The current test's plugins, as `plugins()` returned them. */
  readonly plugins: TPlugins;
  /** The first plugin: the one most provider tests use. */
  readonly plugin: TPlugins[0];
}

function invalidAnswers(plugins: readonly SandboxProviderPlugin[]): AnswerCheck[] {
  return plugins.flatMap((plugin) => {
    const stats = (plugin as { stats?: { invalidAnswers?: AnswerCheck[] } }).stats;
    return stats?.invalidAnswers ?? [];
  });
}

/**
 * Registers a fresh sandbox for every test of the calling file: msw listens with unhandled
 * requests as errors, the plugins are created anew before each test, and after each test any
 * provider answer that did not match its route's schema fails the test.
 *
 * @param plugins - Creates the test's provider plugins (called before each test).
 * @param options - Seed, answer validation and the default authorization server.
 * @example
 * ```ts
 * import { useSandbox } from '@fitlink/testing/vitest';
 * import { whoopSandboxPlugin } from '@fitlink/whoop/testing';
 *
 * const sandbox = useSandbox(() => [whoopSandboxPlugin({ now: NOW })]);
 * it('lists workouts', async () => {
 *   const { store, key } = await seedConnection({ auth: sandbox.plugin.auth });
 * });
 * ```
 */
export function useSandbox<const TPlugins extends readonly SandboxProviderPlugin[]>(
  plugins: () => TPlugins,
  options: UseSandboxOptions = {},
): SandboxFixture<TPlugins> {
  const server = setupServer();
  let current: { sandbox: Sandbox; plugins: TPlugins } | undefined;
  const get = () => {
    if (current === undefined) throw new Error('useSandbox: no test is running');
    return current;
  };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    const created = plugins();
    const sandbox = createSandbox({
      providers: created,
      validateAnswers: options.validateAnswers ?? true,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.auth !== undefined ? { auth: options.auth } : {}),
    });
    current = { sandbox, plugins: created };
    server.resetHandlers(...sandbox.handlers);
  });
  afterEach(() => {
    const invalid = current === undefined ? [] : invalidAnswers(current.plugins);
    current = undefined;
    if (invalid.length > 0) {
      throw new Error(invalid.map((check) => check.message).join('\n'));
    }
  });
  afterAll(() => server.close());
  return {
    server,
    get sandbox() {
      return get().sandbox;
    },
    get plugins() {
      return get().plugins;
    },
    get plugin() {
      return get().plugins[0] as TPlugins[0];
    },
  };
}
