/**
 * What every provider example shares: the sandbox on 127.0.0.1 by default, or the real
 * provider when its credentials are in the environment, and one `authorize` step that the
 * sandbox answers itself and a person answers in a browser.
 */
import { createMemoryTokenStore, type TokenSet, type TokenStore } from '@fitlink/core';
import {
  createSandbox,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
  type SandboxProviderPlugin,
} from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';
import { type CodeFlowApp, codeFlow } from './code-flow.js';
import { loadDotEnv } from './load-env.js';
import { startLoopbackCallback } from './loopback-callback.js';

/** Where an example runs and with what. */
export interface ExampleContext {
  /** `true` against the real provider, `false` against the sandbox. */
  readonly live: boolean;
  /** The fetch to hand to apps and clients (the sandbox's loopback fetch offline). */
  readonly fetch: typeof fetch;
  /** Client id (the sandbox's, or the environment's). */
  readonly clientId: string;
  /** Client secret (the sandbox's, or the environment's; `''` for public clients). */
  readonly clientSecret: string;
  /** Redirect URI registered for the client. */
  readonly redirectUri: string;
  /** Where the example keeps tokens. */
  readonly store: TokenStore;
  /** The sandbox, offline; `undefined` live. */
  readonly sandbox: Sandbox | undefined;
  /** Reads an environment variable (empty counts as unset). */
  env(name: string): string | undefined;
  /**
   * The user's consent: offline the sandbox's consent screen approves at once; live the URL is
   * printed and a loopback server on 127.0.0.1 waits for the browser's redirect.
   */
  authorize(url: URL): Promise<URL>;
  /** Connects with an OAuth 2 app: authorization URL → {@link authorize} → code exchange. */
  connect(app: CodeFlowApp): Promise<TokenSet>;
  /** Prints one indented line. */
  log(text: string): void;
  /** Stops the sandbox or the loopback server. */
  close(): Promise<void>;
}

/** Settings of {@link startExample}. */
export interface StartExampleOptions {
  /** Display name for the banner. */
  readonly name: string;
  /** The provider's sandbox plugin. */
  readonly plugin: SandboxProviderPlugin;
  /** Environment variable holding the client id; live mode needs it set. */
  readonly clientIdVariable: string;
  /** Environment variable holding the client secret, for confidential clients. */
  readonly clientSecretVariable?: string;
  /** Variables that also switch to live mode on their own (e.g. a pasted refresh token). */
  readonly liveVariables?: readonly string[];
}

const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

/**
 * Starts an example: live when the client id (and secret, when the provider needs one) or one
 * of `liveVariables` is set, otherwise against the sandbox on 127.0.0.1.
 */
export async function startExample(options: StartExampleOptions): Promise<ExampleContext> {
  const log = (text: string) => console.log(`  ${text}`);
  loadDotEnv();
  const clientId = env(options.clientIdVariable);
  const clientSecret = options.clientSecretVariable ? env(options.clientSecretVariable) : '';
  const live =
    process.env.FITLINK_OFFLINE !== '1' &&
    ((clientId !== undefined && clientSecret !== undefined) ||
      (options.liveVariables ?? []).some((name) => env(name) !== undefined));

  if (live) {
    const port = Number(env('FITLINK_CALLBACK_PORT') ?? 8787);
    const redirectUri = `http://127.0.0.1:${port}/callback`;
    console.log(`${options.name} example — live (credentials from the environment)`);
    const authorize = async (url: URL): Promise<URL> => {
      const loopback = await startLoopbackCallback({ port });
      console.log(`\nOpen this URL in a browser and approve:\n${url.href}\n`);
      try {
        return await loopback.callback;
      } finally {
        await loopback.close();
      }
    };
    return {
      live,
      fetch: globalThis.fetch,
      clientId: clientId ?? '',
      clientSecret: clientSecret ?? '',
      redirectUri,
      store: createMemoryTokenStore(),
      sandbox: undefined,
      env,
      authorize,
      connect: (app) => codeFlow(app, authorize),
      log,
      close: async () => {},
    };
  }

  const sandbox = createSandbox({ providers: [options.plugin] });
  const server = await startSandboxServer(sandbox);
  console.log(`${options.name} example — sandbox on ${server.url} (offline, no credentials)`);
  if (clientId === undefined && options.clientIdVariable) {
    log(
      `(set ${[options.clientIdVariable, options.clientSecretVariable].filter(Boolean).join(' and ')} to run against the real API)`,
    );
  }
  return {
    live,
    fetch: server.fetch,
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    store: createMemoryTokenStore(),
    sandbox,
    env,
    authorize: (url) => followAuthorization(url, server.fetch),
    connect: (app) => codeFlow(app, (url) => followAuthorization(url, server.fetch)),
    log,
    close: () => server.close(),
  };
}
