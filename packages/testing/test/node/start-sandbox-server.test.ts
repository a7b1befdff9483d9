import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSandbox,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
  type Sandbox,
} from '../../src/index.js';
import {
  followAuthorization,
  SANDBOX_ORIGIN_HEADER,
  type SandboxServer,
  startSandboxServer,
} from '../../src/node.js';
import { examplePlugin } from '../helpers/example-plugin.js';
import { authorizationUrl, bearer, tokenRequest } from '../helpers/oauth.js';
import { createPkcePair } from '../helpers/pkce.js';

// No msw here: every request goes over real HTTP to 127.0.0.1.
let sandbox: Sandbox;
let server: SandboxServer;
beforeEach(async () => {
  sandbox = createSandbox({ providers: [examplePlugin('http://fit.example.test:8080')] });
  server = await startSandboxServer(sandbox);
});
afterEach(() => server.close());

describe('startSandboxServer', () => {
  it('listens on 127.0.0.1 with a free port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('runs the authorization code flow with PKCE over real HTTP', async () => {
    const { auth, api } = sandbox;
    const pkce = createPkcePair();
    const callback = await followAuthorization(
      authorizationUrl(auth, SANDBOX_CLIENT, {
        code_challenge: pkce.challenge,
        code_challenge_method: 'S256',
      }),
      server.fetch,
    );
    expect(callback.origin + callback.pathname).toBe(SANDBOX_REDIRECT_URI);
    const exchanged = await tokenRequest(
      auth,
      SANDBOX_CLIENT,
      {
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') ?? '',
        redirect_uri: SANDBOX_REDIRECT_URI,
        code_verifier: pkce.verifier,
      },
      server.fetch,
    );
    expect(exchanged.status).toBe(200);
    expect(exchanged.headers.get('cache-control')).toBe('no-store');
    const tokens = (await exchanged.json()) as { access_token: string };

    const me = await server.fetch(`${api.baseUrl}/v1/me`, { headers: bearer(tokens.access_token) });
    expect(me.url).toBe(`${api.baseUrl}/v1/me`);
    expect(await me.json()).toEqual({ id: 'sandbox-user-1', name: 'Sandy Box' });
    const page = await server.fetch(`${api.baseUrl}/v1/items?page=2&per_page=100`, {
      headers: bearer(tokens.access_token),
    });
    expect(((await page.json()) as unknown[]).length).toBe(100);
    expect(auth.stats.tokenRequests.authorization_code).toBe(1);
  });

  it('follows redirects through the loopback, never to the real host', async () => {
    const response = await server.fetch(authorizationUrl(sandbox.auth, SANDBOX_CLIENT));
    // The callback host is https, so it is routed here too and has no handler.
    expect(response.status).toBe(404);
    expect(new URL(response.url).searchParams.get('code')).toMatch(/^sbx_code_/);
  });

  it('routes provider hosts, including plain http ones with a port', async () => {
    const token = sandbox.providers.get('example')?.authServers[0]?.issueTokens().accessToken ?? '';
    const response = await server.fetch('http://fit.example.test:8080/api/athlete', {
      headers: bearer(token),
    });
    expect(await response.json()).toEqual({ id: 'sandbox-user-1', seed: 1 });
  });

  it('destroys the socket on a reset fault, so fetch rejects', async () => {
    sandbox.faults.inject({ kind: 'reset' });
    const token = sandbox.auth.issueTokens().accessToken;
    await expect(
      server.fetch(`${sandbox.api.baseUrl}/v1/me`, { headers: bearer(token) }),
    ).rejects.toThrow(TypeError);
    expect(
      (await server.fetch(`${sandbox.api.baseUrl}/v1/me`, { headers: bearer(token) })).status,
    ).toBe(200);
  });

  it('writes a truncated body and a 429 with Retry-After', async () => {
    const token = sandbox.auth.issueTokens().accessToken;
    sandbox.faults.inject({ kind: 'truncated' });
    sandbox.faults.inject({ kind: 'rate-limit', retryAfterSeconds: 3 });
    const url = `${sandbox.api.baseUrl}/v1/items`;
    const truncated = await server.fetch(url, { headers: bearer(token) });
    await expect(truncated.json()).rejects.toThrow(SyntaxError);
    const limited = await server.fetch(url, { headers: bearer(token) });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
  });

  it('answers 404 JSON when no handler matches and defaults to the API origin', async () => {
    const missing = await server.fetch('https://nowhere.example.test/x');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    const direct = await fetch(`${server.url}/v1/me`);
    expect(direct.status).toBe(401);
    const withOrigin = await fetch(`${server.url}/oauth/authorize`, {
      headers: { [SANDBOX_ORIGIN_HEADER]: sandbox.auth.endpoints.authorization },
      redirect: 'manual',
    });
    expect(withOrigin.status).toBe(400);
  });
});
