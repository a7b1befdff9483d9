import {
  connectionAuth,
  createHeaderRateLimitPolicy,
  createHttpClient,
  createMemoryTokenStore,
  createOAuth2App,
} from '@fitlink/core';
import { createSandbox, followAuthorization } from '@fitlink/testing';
import { setupServer } from 'msw/node';

// The sandbox plays the provider: a fake authorization server and a protected API.
const sandbox = createSandbox();
const server = setupServer(...sandbox.handlers);
server.listen({ onUnhandledRequest: 'error' });

const app = createOAuth2App({
  provider: 'sandbox',
  clientId: 'sandbox-client',
  clientSecret: 'sandbox-secret',
  redirectUri: 'https://app.sandbox.fitlink.test/callback',
  scopes: ['read'],
  endpoints: {
    authorizationEndpoint: 'https://auth.sandbox.fitlink.test/oauth/authorize',
    tokenEndpoint: 'https://auth.sandbox.fitlink.test/oauth/token',
  },
});

// 1. Send the user to `url`; keep `state` and `codeVerifier` in their session.
const { url, state, codeVerifier } = await app.createAuthorization();
// 2. The provider redirects back (here the sandbox consents at once); check and exchange.
const callback = await followAuthorization(url);
const tokens = await app.exchangeCode({ callback, state, codeVerifier: codeVerifier ?? '' });
const store = createMemoryTokenStore();
await store.set('user-1', tokens);

// 3. Call the API: refresh, retries and rate limits are handled by the client.
const http = createHttpClient({
  provider: 'sandbox',
  baseUrl: 'https://api.sandbox.fitlink.test/v1/',
  rateLimit: createHeaderRateLimitPolicy(),
  auth: connectionAuth({ provider: 'sandbox', store, key: 'user-1', refresher: app }),
});
sandbox.auth.expireAllAccessTokens(); // the next call gets a 401, refreshes once, retries
const { data } = await http.request({ path: 'me' });
console.log(data); // { id: 'sandbox-user-1', name: 'Sandy Box' }
server.close();
