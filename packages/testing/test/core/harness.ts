import {
  type ConnectionAuthOptions,
  connectionAuth,
  createHeaderRateLimitPolicy,
  createHttpClient,
  createOAuth2App,
  type HttpClientSettings,
  type OAuth2App,
  type TokenStore,
} from '@fitlink/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  createSandbox,
  SANDBOX_API_BASE_URL,
  SANDBOX_AUTH_BASE_URL,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
} from '../../src/index.js';

/** A fresh sandbox per test, served in-process by msw with unhandled requests as errors. */
export function useSandbox(): { current: Sandbox } {
  const holder = { current: createSandbox() };
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    holder.current = createSandbox();
    server.resetHandlers(...holder.current.handlers);
  });
  afterAll(() => server.close());
  server.resetHandlers(...holder.current.handlers);
  return holder;
}

/** The sandbox client as a core OAuth 2 app: a separate app stands for a separate process. */
export function sandboxApp(
  overrides: Partial<Parameters<typeof createOAuth2App>[0]> = {},
): OAuth2App {
  return createOAuth2App({
    provider: 'sandbox',
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
    scopes: ['read', 'write'],
    endpoints: {
      authorizationEndpoint: `${SANDBOX_AUTH_BASE_URL}/oauth/authorize`,
      tokenEndpoint: `${SANDBOX_AUTH_BASE_URL}/oauth/token`,
      revocationEndpoint: `${SANDBOX_AUTH_BASE_URL}/oauth/revoke`,
    },
    ...overrides,
  });
}

/** A client of the sandbox API for one stored connection. */
export function sandboxClient(options: {
  app: OAuth2App;
  store: TokenStore;
  key: string;
  settings?: Partial<HttpClientSettings>;
  /** Token options of the connection (clock, refresh timeout, onPersistFailure …). */
  auth?: Omit<ConnectionAuthOptions, 'provider' | 'store' | 'key' | 'refresher'>;
}) {
  return createHttpClient({
    provider: 'sandbox',
    baseUrl: `${SANDBOX_API_BASE_URL}/v1/`,
    rateLimit: createHeaderRateLimitPolicy(),
    auth: connectionAuth({
      provider: 'sandbox',
      store: options.store,
      key: options.key,
      refresher: options.app,
      ...options.auth,
    }),
    ...options.settings,
  });
}
