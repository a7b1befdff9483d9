import { describe, expect, it } from 'vitest';
import { createOAuth2App, ErrorCodes, type OAuth2Warning } from '../../src/index.js';
import { applyOfflineAccess } from '../../src/oauth/offline-access.js';
import { checkEndpointProtocol, isLoopbackUrl } from '../../src/oauth/secure-endpoint.js';

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:8080/token', true],
    ['http://127.10.0.3/token', true],
    ['http://[::1]:8080/token', true],
    ['http://localhost:3000/token', true],
    ['http://keycloak:8080/token', false],
    ['http://127.0.0.1.example.test/token', false],
    ['http://10.0.0.2/token', false],
  ])('%s → %s', (url, loopback) => {
    expect(isLoopbackUrl(new URL(url))).toBe(loopback);
  });
});

describe('checkEndpointProtocol', () => {
  const options = { provider: 'example', name: 'token endpoint', allowHttpLoopback: true };

  it('allows https, and plain http on loopback only with the opt-in', () => {
    expect(checkEndpointProtocol('https://auth.example.test/token', options)).toBe(false);
    expect(checkEndpointProtocol('http://127.0.0.1:8080/token', options)).toBe(true);
    expect(() =>
      checkEndpointProtocol('http://127.0.0.1:8080/token', {
        ...options,
        allowHttpLoopback: false,
      }),
    ).toThrow(expect.objectContaining({ code: ErrorCodes.insecureEndpoint }));
  });

  it('refuses plain http on any other host whatever the opt-in', () => {
    expect(() => checkEndpointProtocol('http://auth.example.test/token', options)).toThrow(
      expect.objectContaining({ code: ErrorCodes.insecureEndpoint }),
    );
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => checkEndpointProtocol('ftp://auth.example.test/token', options)).toThrow(
      expect.objectContaining({ code: ErrorCodes.invalidArgument }),
    );
    expect(() => checkEndpointProtocol('/token', options)).toThrow(
      expect.objectContaining({ code: ErrorCodes.invalidArgument }),
    );
  });

  it('gives an app with a plain-http token endpoint insecure_endpoint before any request', async () => {
    const app = createOAuth2App({
      provider: 'example',
      clientId: 'client-1',
      redirectUri: 'https://app.example.test/callback',
      endpoints: {
        authorizationEndpoint: 'http://auth.example.test/authorize',
        tokenEndpoint: 'http://auth.example.test/token',
      },
      allowHttpLoopback: true,
      fetch: () => Promise.reject(new Error('no request may be made')),
    });
    await expect(app.refresh({ accessToken: 'a', refreshToken: 'r' })).rejects.toMatchObject({
      code: ErrorCodes.insecureEndpoint,
    });
  });
});

describe('applyOfflineAccess', () => {
  function apply(query: string, mode: 'consent' | 'warn' | 'off') {
    const url = new URL(`https://auth.example.test/authorize?${query}`);
    const warnings: OAuth2Warning[] = [];
    applyOfflineAccess(url, mode, (warning) => warnings.push(warning), 'example');
    return { prompt: url.searchParams.get('prompt'), warned: warnings.length > 0 };
  }

  it.each([
    ['scope=openid+offline_access', 'consent', 'consent', false],
    ['scope=openid+offline_access&prompt=login', 'consent', 'login consent', false],
    ['scope=openid+offline_access&prompt=consent', 'warn', 'consent', false],
    ['scope=openid+offline_access&prompt=none', 'consent', 'none', true],
    ['scope=openid+offline_access', 'warn', null, true],
    ['scope=openid+offline_access', 'off', null, false],
    ['scope=openid+profile', 'consent', null, false],
  ] as const)('%s with %s → prompt %s, warned %s', (query, mode, prompt, warned) => {
    expect(apply(query, mode)).toEqual({ prompt, warned });
  });
});
