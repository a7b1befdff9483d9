import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/errors/index.js';
import {
  createEncryptedTokenStore,
  createMemoryStringStore,
  createMemoryTokenStore,
  EncryptedTokenStore,
  generateTokenKey,
  hasLeases,
  hasVersionedWrites,
  MemoryStringStore,
  type StringStore,
  type TokenSet,
} from '../../src/tokens/index.js';

const tokens = (label: string): TokenSet => ({
  accessToken: `access-${label}`,
  refreshToken: `refresh-${label}`,
  expiresAt: 1_900_000_000_000,
});
const current = { id: 'current', key: generateTokenKey() };
const retired = { id: 'retired', key: generateTokenKey() };

describe('createMemoryTokenStore', () => {
  it('has every capability by default, and none that was turned off', () => {
    const full = createMemoryTokenStore();
    expect(hasVersionedWrites(full) && hasLeases(full) && typeof full.lock).toBe('function');
    const bare = createMemoryTokenStore({ lock: false, versioned: false, leases: false });
    expect(
      ['lock', 'getVersioned', 'compareAndSet', 'acquireLease'].filter((m) => m in bare),
    ).toEqual([]);
  });

  it('versions every write and copies values in and out', async () => {
    const store = createMemoryTokenStore();
    await store.set('k', tokens('a'));
    const read = await store.getVersioned?.('k');
    read?.tokens.scope?.push('x');
    expect(read?.version).toBe('1');
    await store.set('k', tokens('b'));
    expect(await store.getVersioned?.('k')).toEqual({ tokens: tokens('b'), version: '2' });
  });

  it('expires leases by the injected clock and validates the TTL', async () => {
    let now = 0;
    const store = createMemoryTokenStore({ now: () => now });
    const lease = await store.acquireLease?.('k', { ttlMs: 100 });
    expect(lease?.expiresAt).toBe(100);
    now = 99;
    expect(await store.acquireLease?.('k', { ttlMs: 100 })).toBeUndefined();
    now = 100;
    expect(await store.acquireLease?.('k', { ttlMs: 100 })).toBeDefined();
    await expect(store.acquireLease?.('other', { ttlMs: 0 })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });
});

describe('createEncryptedTokenStore', () => {
  it('passes versions and leases through, storing only ciphertext', async () => {
    const backend = createMemoryStringStore();
    const store = createEncryptedTokenStore({ backend, keys: [current] });
    const created = await store.compareAndSet?.('k', undefined, tokens('a'));
    const raw = await backend.getVersioned?.('k');
    expect(raw?.value).toMatch(/^fl1\.current\./);
    expect(raw?.value).not.toContain('access-a');
    expect(created).toEqual({ ok: true, version: raw?.version });
    expect(await store.getVersioned?.('k')).toEqual({ tokens: tokens('a'), version: raw?.version });
    const refused = await store.compareAndSet?.('k', undefined, tokens('b'));
    expect(refused).toEqual({ ok: false, current: { tokens: tokens('a'), version: raw?.version } });
    const lease = await store.acquireLease?.('k', { ttlMs: 1_000 });
    expect(await backend.acquireLease?.('k', { ttlMs: 1_000 })).toBeUndefined();
    expect(await lease?.release()).toBe(true);
    expect(backend.keys()).toEqual(['k']);
  });

  it('has exactly the capabilities of its backend (class and factory alike)', () => {
    const plain: StringStore = {
      get: async () => undefined,
      set: async () => undefined,
      delete: async () => undefined,
    };
    for (const store of [
      createEncryptedTokenStore({ backend: plain, keys: [current] }),
      new EncryptedTokenStore({ backend: plain, keys: [current] }),
    ]) {
      expect(
        ['lock', 'getVersioned', 'compareAndSet', 'acquireLease'].filter((m) => m in store),
      ).toEqual([]);
    }
    const versioned = new EncryptedTokenStore({
      backend: createMemoryStringStore(),
      keys: [current],
    });
    expect(hasVersionedWrites(versioned) && hasLeases(versioned)).toBe(true);
    const locking = new EncryptedTokenStore({ backend: new MemoryStringStore(), keys: [current] });
    expect([hasVersionedWrites(locking), hasLeases(locking), 'lock' in locking]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('re-encrypts by compare-and-set: a value written meanwhile is never overwritten', async () => {
    const backend = createMemoryStringStore();
    await createEncryptedTokenStore({ backend, keys: [retired] }).set('k', tokens('old'));
    const store = createEncryptedTokenStore({ backend, keys: [current, retired] });
    // A refresh lands between the rotation's read and its write.
    let raced = false;
    const racing: StringStore = {
      ...backend,
      async compareAndSet(key, expected, value) {
        if (!raced) await store.set(key, tokens('refreshed'));
        raced = true;
        return backend.compareAndSet!(key, expected, value);
      },
    };
    const rotating = createEncryptedTokenStore({ backend: racing, keys: [current, retired] });
    expect(await rotating.reencrypt('k')).toBe(false); // the newer value is already on 'current'
    expect(await store.get('k')).toEqual(tokens('refreshed'));
    expect(await rotating.rotate(['k', 'missing'])).toBe(0);
  });

  it('re-encrypts an entry on a retired key, and rotate counts the rewrites', async () => {
    const backend = createMemoryStringStore();
    const old = createEncryptedTokenStore({ backend, keys: [retired] });
    await old.set('a', tokens('a'));
    await old.set('b', tokens('b'));
    const store = createEncryptedTokenStore({ backend, keys: [current, retired] });
    await store.set('c', tokens('c'));
    expect(await store.rotate(backend.keys())).toBe(2);
    for (const key of ['a', 'b', 'c']) {
      expect((await backend.get(key))?.startsWith('fl1.current.')).toBe(true);
      expect(await store.get(key)).toEqual(tokens(key));
    }
  });
});
