import { describe, expect, it } from 'vitest';
import {
  createJsonTokenStore,
  createMemoryStringStore,
  hasLeases,
  hasVersionedWrites,
  TokenStoreError,
} from '../../src/index.js';

describe('createJsonTokenStore', () => {
  it('round-trips token sets and passes versioned writes and leases through', async () => {
    const store = createJsonTokenStore(createMemoryStringStore());
    expect(hasVersionedWrites(store) && hasLeases(store) && store.lock !== undefined).toBe(true);
    await store.set('k', { accessToken: 'a1', refreshToken: 'r1', expiresAt: 5 });
    expect(await store.get('k')).toEqual({ accessToken: 'a1', refreshToken: 'r1', expiresAt: 5 });
    const read = await store.getVersioned?.('k');
    const next = { accessToken: 'a2', refreshToken: 'r2' };
    expect((await store.compareAndSet?.('k', read?.version, next))?.ok).toBe(true);
    const stale = await store.compareAndSet?.('k', read?.version, { accessToken: 'old' });
    expect(stale).toMatchObject({ ok: false, current: { tokens: next } });
    const lease = await store.acquireLease?.('k', { ttlMs: 1_000 });
    expect(await store.acquireLease?.('k', { ttlMs: 1_000 })).toBeUndefined();
    expect(await lease?.release()).toBe(true);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('reports a corrupt value by field, never by value', async () => {
    const backend = createMemoryStringStore();
    await backend.set('k', JSON.stringify({ accessToken: 5, refreshToken: 'secret-r' }));
    const failure = await createJsonTokenStore(backend)
      .get('k')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TokenStoreError);
    expect(String((failure as Error).message)).toContain('accessToken');
    expect(String((failure as Error).message)).not.toContain('secret-r');
    await backend.set('k', '{"accessToken": "secret-xyz');
    const cut = await createJsonTokenStore(backend)
      .get('k')
      .catch((error: unknown) => error);
    expect((cut as Error).message).not.toContain('secret-xyz');
  });
});
