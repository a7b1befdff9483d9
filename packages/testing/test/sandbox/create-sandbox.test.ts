import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createFakeAuthorizationServer, createSandbox } from '../../src/index.js';
import { examplePlugin } from '../helpers/example-plugin.js';
import { useMsw } from '../helpers/msw.js';
import { bearer } from '../helpers/oauth.js';

const sandbox = useMsw(() => createSandbox({ providers: [examplePlugin()], seed: 42 }));

describe('createSandbox', () => {
  it('registers provider plugins with their own authorization servers', async () => {
    const { providers, authServers, hosts } = sandbox();
    const example = providers.get('example');
    expect(example?.authServers).toHaveLength(1);
    expect(authServers).toHaveLength(2);
    expect([...hosts].sort()).toEqual([
      'api.sandbox.fitlink.test',
      'auth.sandbox.fitlink.test',
      'www.example-fit.test',
    ]);

    const providerAuth = example?.authServers[0];
    const token = providerAuth?.issueTokens().accessToken ?? '';
    const response = await fetch('https://www.example-fit.test/api/athlete', {
      headers: bearer(token),
    });
    expect(await response.json()).toEqual({ id: 'sandbox-user-1', seed: 42 });
    // The provider's tokens are not valid on the default server, and the other way round.
    expect(
      sandbox().auth.authenticate(new Request('https://x.test', { headers: bearer(token) })),
    ).toBeNull();
  });

  it('serves the provider auth server endpoints', async () => {
    const response = await fetch('https://www.example-fit.test/oauth/authorize', {
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
  });

  it('puts the faults handler first so faults reach provider hosts', async () => {
    const { faults, providers } = sandbox();
    const token = providers.get('example')?.authServers[0]?.issueTokens().accessToken ?? '';
    faults.inject({ kind: 'rate-limit' }, { match: 'https://www.example-fit.test/' });
    const response = await fetch('https://www.example-fit.test/api/athlete', {
      headers: bearer(token),
    });
    expect(response.status).toBe(429);
  });

  it('lets token faults reach provider auth servers', async () => {
    const { faults, providers } = sandbox();
    const providerAuth = providers.get('example')?.authServers[0];
    const token = providerAuth?.issueTokens().accessToken ?? '';
    faults.inject({ kind: 'expired-token' });
    await fetch('https://www.example-fit.test/api/athlete', { headers: bearer(token) });
    const request = new Request('https://x.test', { headers: bearer(token) });
    expect(providerAuth?.authenticate(request)).toBeNull();
  });

  it('keeps unhandled requests unhandled while no fault matches', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(fetch('https://unknown.example.test/')).rejects.toThrow();
    expect(String(logged.mock.calls[0]?.[0])).toContain('without a matching request handler');
  });

  it('accepts authServers listed on the plugin and rejects duplicate ids', () => {
    const auth = createFakeAuthorizationServer({ baseUrl: 'https://auth.other.test' });
    const created = createSandbox({
      providers: [
        { id: 'other', hosts: ['api.other.test'], handlers: () => [], authServers: [auth] },
      ],
    });
    expect(created.authServers).toContain(auth);
    expect(created.hosts.has('auth.other.test')).toBe(true);
    expect(created.handlers).toEqual(expect.arrayContaining(auth.handlers));

    const plugin = {
      id: 'dup',
      hosts: [],
      handlers: () => [http.get('*', () => HttpResponse.text(''))],
    };
    expect(() => createSandbox({ providers: [plugin, plugin] })).toThrow(/duplicate/);
  });
});
