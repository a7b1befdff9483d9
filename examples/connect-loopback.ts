/**
 * Connecting a user with a loopback callback server (RFC 8252), the way a CLI or desktop app
 * does it: listen on 127.0.0.1, send the user to the authorization URL, and take the code
 * from the browser's redirect to the local server. Here the sandbox's consent screen answers
 * and a plain fetch plays the browser following its redirect to 127.0.0.1, so the whole
 * round trip runs offline over real sockets.
 *
 * Run: `pnpm example connect-loopback`.
 */
import { createMemoryTokenStore, createOAuth2App } from '@fitlink/core';
import { createSandbox, SANDBOX_PUBLIC_CLIENT } from '@fitlink/testing';
import { startSandboxServer } from '@fitlink/testing/node';
import { startLoopbackCallback } from './shared/loopback-callback.js';

const loopback = await startLoopbackCallback({ port: 0, timeoutMs: 10_000 });
// Register the loopback redirect for a public client (PKCE, no secret), as a native app would.
const sandbox = createSandbox({
  auth: { clients: [{ ...SANDBOX_PUBLIC_CLIENT, redirectUris: [loopback.redirectUri] }] },
});
const server = await startSandboxServer(sandbox);
try {
  const app = createOAuth2App({
    provider: 'sandbox',
    clientId: SANDBOX_PUBLIC_CLIENT.clientId,
    clientAuthMethod: 'none',
    redirectUri: loopback.redirectUri,
    scopes: ['read'],
    endpoints: {
      authorizationEndpoint: sandbox.auth.endpoints.authorization,
      tokenEndpoint: sandbox.auth.endpoints.token,
    },
    fetch: server.fetch,
  });

  const authorization = await app.createAuthorization();
  console.log(`▸ listening for the redirect on ${loopback.redirectUri}`);
  console.log(
    `  open: ${authorization.url.origin}${authorization.url.pathname}?client_id=…&code_challenge_method=S256&state=…`,
  );

  // The "browser": the consent screen redirects to 127.0.0.1, and the browser follows.
  const consent = await server.fetch(authorization.url, { redirect: 'manual' });
  const location = consent.headers.get('location') ?? '';
  const page = await fetch(location); // a real HTTP request to the loopback server
  console.log(
    `  browser reached ${new URL(location).origin}${new URL(location).pathname} → ${page.status}`,
  );

  const callback = await loopback.callback;
  const tokens = await app.exchangeCode({
    callback,
    state: authorization.state,
    ...(authorization.codeVerifier ? { codeVerifier: authorization.codeVerifier } : {}),
  });
  const store = createMemoryTokenStore();
  await store.set('sandbox:sandy', tokens);
  console.log(
    `▸ connected: scope ${tokens.scope?.join(' ')}, refresh token ${tokens.refreshToken ? 'received' : 'absent'}`,
  );
  console.log(`  tokens stored under "sandbox:sandy"; the loopback server is closed`);
} finally {
  await loopback.close();
  await server.close();
}
