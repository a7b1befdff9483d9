import {
  AuthError,
  ErrorCodes,
  MemoryTokenStore,
  type TokenSet,
  type TokenStore,
} from '@fitlink/core';
import { describe, expect, it } from 'vitest';
import { SANDBOX_API_BASE_URL } from '../../src/index.js';
import { sandboxApp, sandboxClient, useSandbox } from './harness.js';

const sandbox = useSandbox();

/** Seeds a connection whose access token the sandbox already considers expired. */
async function seedExpired(store: TokenStore, key = 'user-1'): Promise<TokenSet> {
  const issued = sandbox.current.auth.issueTokens({ clientId: 'sandbox-client', scope: 'read' });
  sandbox.current.auth.expireAccessToken(issued.accessToken);
  // The client believes the token is still valid, so the 401 path (not the proactive one) is tested.
  const tokens: TokenSet = {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken ?? '',
    expiresAt: Date.now() + 3_600_000,
  };
  await store.set(key, tokens);
  return tokens;
}

describe('refresh under concurrency, against the sandbox', () => {
  it('50 concurrent calls with an expired token make exactly one refresh and all succeed', async () => {
    const store = new MemoryTokenStore();
    const before = await seedExpired(store);
    const client = sandboxClient({ app: sandboxApp(), store, key: 'user-1' });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.request({ path: 'me' })),
    );
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(sandbox.current.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.current.auth.stats.invalidGrantCount).toBe(0);
    const after = await store.get('user-1');
    expect(after?.refreshToken).not.toBe(before.refreshToken);
  });

  it('refreshes proactively before expiry, once, without a 401', async () => {
    const store = new MemoryTokenStore();
    const issued = sandbox.current.auth.issueTokens({ clientId: 'sandbox-client', scope: 'read' });
    await store.set('user-1', {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken ?? '',
      expiresAt: Date.now() + 30_000,
    });
    const client = sandboxClient({ app: sandboxApp(), store, key: 'user-1' });
    await Promise.all(Array.from({ length: 10 }, () => client.request({ path: 'me' })));
    expect(sandbox.current.auth.stats.refreshRequests).toBe(1);
  });

  it('two clients sharing one store with a lock make one refresh between them', async () => {
    const store = new MemoryTokenStore(); // has a per-key lock
    await seedExpired(store);
    // Two apps have separate single-flight state, like two processes: only the lock joins them.
    const first = sandboxClient({ app: sandboxApp(), store, key: 'user-1' });
    const second = sandboxClient({ app: sandboxApp(), store, key: 'user-1' });
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => first.request({ path: 'me' })),
      ...Array.from({ length: 10 }, () => second.request({ path: 'me' })),
    ]);
    expect(results).toHaveLength(20);
    expect(sandbox.current.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.current.auth.stats.invalidGrantCount).toBe(0);
  });

  it('stores a rotated refresh token before the retried call is sent', async () => {
    const inner = new MemoryTokenStore();
    const before = await seedExpired(inner);
    const log: string[] = [];
    const store: TokenStore = {
      get: (key) => inner.get(key),
      delete: (key) => inner.delete(key),
      lock: (key, task) => inner.lock!(key, task),
      set: async (key, tokens) => {
        log.push(`store ${tokens.accessToken} ${tokens.refreshToken}`);
        await inner.set(key, tokens);
      },
    };
    const recordingFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.url.startsWith(SANDBOX_API_BASE_URL))
        log.push(`call ${request.headers.get('authorization')?.slice(7)}`);
      return fetch(request);
    };
    await sandboxClient({
      app: sandboxApp(),
      store,
      key: 'user-1',
      settings: { fetch: recordingFetch },
    }).request({ path: 'me' });
    const after = await inner.get('user-1');
    expect(after?.refreshToken).not.toBe(before.refreshToken);
    expect(log).toEqual([
      `call ${before.accessToken}`,
      `store ${after?.accessToken} ${after?.refreshToken}`,
      `call ${after?.accessToken}`,
    ]);
  });

  it('surfaces a revoked grant as AuthError(invalid_grant) telling the app to reconnect', async () => {
    const store = new MemoryTokenStore();
    const tokens = await seedExpired(store);
    sandbox.current.auth.revokeGrant(tokens.refreshToken ?? '');
    const failure = await sandboxClient({ app: sandboxApp(), store, key: 'user-1' })
      .request({ path: 'me' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: ErrorCodes.invalidGrant, reconnect: true });
  });

  it('answers AuthError(not_connected) when the store has no tokens', async () => {
    const client = sandboxClient({
      app: sandboxApp(),
      store: new MemoryTokenStore(),
      key: 'nobody',
    });
    await expect(client.request({ path: 'me' })).rejects.toMatchObject({
      code: ErrorCodes.notConnected,
    });
  });

  it('a 401 with no refresh token is an AuthError, not a loop', async () => {
    const store = new MemoryTokenStore();
    const issued = sandbox.current.auth.issueTokens({
      clientId: 'sandbox-client',
      refreshToken: false,
    });
    sandbox.current.auth.expireAccessToken(issued.accessToken);
    await store.set('user-1', { accessToken: issued.accessToken });
    const failure = await sandboxClient({ app: sandboxApp(), store, key: 'user-1' })
      .request({ path: 'me' })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: ErrorCodes.unauthorized });
  });
});
