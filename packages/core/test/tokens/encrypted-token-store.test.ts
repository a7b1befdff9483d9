import { describe, expect, it } from 'vitest';
import { ErrorCodes, FitlinkError, TokenStoreError } from '../../src/errors/index.js';
import {
  EncryptedTokenStore,
  generateTokenKey,
  MemoryStringStore,
  type TokenSet,
} from '../../src/tokens/index.js';

const tokens: TokenSet = {
  accessToken: 'access-token-secret-value',
  refreshToken: 'refresh-token-secret-value',
  expiresAt: 1_900_000_000_000,
  scope: ['activity:read'],
};
const keyA = { id: 'a', key: generateTokenKey() };
const keyB = { id: 'b', key: generateTokenKey() };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

function expectNoSecrets(error: unknown): void {
  const text = JSON.stringify(error) + String(error);
  for (const secret of [tokens.accessToken, tokens.refreshToken!, keyA.key, keyB.key]) {
    expect(text).not.toContain(secret);
  }
}

describe('EncryptedTokenStore', () => {
  it('round-trips a token set without storing it in clear', async () => {
    const backend = new MemoryStringStore();
    const store = new EncryptedTokenStore({ backend, keys: [keyA] });
    await store.set('strava:1', tokens);
    const raw = (await backend.get('strava:1'))!;
    expect(raw).toMatch(/^fl1\.a\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(raw).not.toContain(tokens.accessToken);
    expect(raw).not.toContain('access');
    expect(await store.get('strava:1')).toEqual(tokens);
    expect(await store.get('missing')).toBeUndefined();
    await store.delete('strava:1');
    expect(await backend.get('strava:1')).toBeUndefined();
  });

  it('uses a fresh nonce for every write', async () => {
    const backend = new MemoryStringStore();
    const store = new EncryptedTokenStore({ backend, keys: [keyA] });
    await store.set('k', tokens);
    const first = await backend.get('k');
    await store.set('k', tokens);
    expect(await backend.get('k')).not.toBe(first);
  });

  it('accepts raw bytes and CryptoKeys', async () => {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
    const cryptoKey = await globalThis.crypto.subtle.generateKey(
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    for (const key of [bytes, cryptoKey]) {
      const store = new EncryptedTokenStore({
        backend: new MemoryStringStore(),
        keys: [{ id: 'k', key }],
      });
      await store.set('x', tokens);
      expect(await store.get('x')).toEqual(tokens);
    }
  });

  it('rejects any single-character change to the stored value', async () => {
    const backend = new MemoryStringStore();
    const store = new EncryptedTokenStore({ backend, keys: [keyA, keyB] });
    await store.set('k', tokens);
    const raw = (await backend.get('k'))!;
    for (let index = 0; index < raw.length; index++) {
      const replacement = raw[index] === 'b' ? 'c' : 'b';
      await backend.set('k', raw.slice(0, index) + replacement + raw.slice(index + 1));
      const error = await rejection(store.get('k'));
      expect(error, `position ${index}`).toBeInstanceOf(TokenStoreError);
      expect((error as TokenStoreError).code).toBe(ErrorCodes.tokenStore);
      expectNoSecrets(error);
    }
  });

  it('binds each ciphertext to its storage key', async () => {
    const backend = new MemoryStringStore();
    const store = new EncryptedTokenStore({ backend, keys: [keyA] });
    await store.set('user-1', tokens);
    await store.set('user-2', { accessToken: 'other-user-token' });
    await backend.set('user-2', (await backend.get('user-1'))!);
    const error = await rejection(store.get('user-2'));
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as Error).message).toMatch(/Could not decrypt.*'user-2'.*key 'a'/);
    expectNoSecrets(error);
  });

  it('rejects a value encrypted under a key with the same id but other material', async () => {
    const backend = new MemoryStringStore();
    await new EncryptedTokenStore({ backend, keys: [keyA] }).set('k', tokens);
    const impostor = new EncryptedTokenStore({ backend, keys: [{ id: 'a', key: keyB.key }] });
    expect(await rejection(impostor.get('k'))).toBeInstanceOf(TokenStoreError);
  });

  it('reports an unknown key id without leaking anything', async () => {
    const backend = new MemoryStringStore();
    await new EncryptedTokenStore({ backend, keys: [keyA] }).set('k', tokens);
    const error = await rejection(new EncryptedTokenStore({ backend, keys: [keyB] }).get('k'));
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as Error).message).toContain("key 'a', which is not configured");
    expectNoSecrets(error);
  });

  it('rejects values that are not ciphertexts, and plaintext that is not a TokenSet', async () => {
    const backend = new MemoryStringStore();
    const store = new EncryptedTokenStore({ backend, keys: [keyA] });
    for (const value of ['', 'hello', JSON.stringify(tokens), 'fl1.a.x.y', 'fl2.a.AAAA.BBBB']) {
      await backend.set('k', value);
      expect(await rejection(store.get('k'))).toBeInstanceOf(TokenStoreError);
    }
    await expect(store.set('k', { accessToken: '' })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });

  it('rotates keys: old keys read, new writes and rotate() use the primary', async () => {
    const backend = new MemoryStringStore();
    await new EncryptedTokenStore({ backend, keys: [keyA] }).set('k1', tokens);
    await new EncryptedTokenStore({ backend, keys: [keyA] }).set('k2', tokens);

    const rotating = new EncryptedTokenStore({ backend, keys: [keyB, keyA] });
    expect(rotating.primaryKeyId).toBe('b');
    expect(await rotating.get('k1')).toEqual(tokens);
    expect(await rotating.reencrypt('missing')).toBe(false);
    expect(await rotating.rotate(backend.keys())).toBe(2);
    expect(await rotating.rotate(backend.keys())).toBe(0);
    for (const key of backend.keys()) expect(await backend.get(key)).toMatch(/^fl1\.b\./);

    const onlyB = new EncryptedTokenStore({ backend, keys: [keyB] });
    expect(await onlyB.get('k1')).toEqual(tokens);
    expect(await onlyB.get('k2')).toEqual(tokens);
  });

  it('honours an explicit primaryKeyId', async () => {
    const backend = new MemoryStringStore();
    const store = new EncryptedTokenStore({ backend, keys: [keyA, keyB], primaryKeyId: 'b' });
    await store.set('k', tokens);
    expect(await backend.get('k')).toMatch(/^fl1\.b\./);
  });

  it('validates the configuration', async () => {
    const backend = new MemoryStringStore();
    const bad = (
      keys: { id: string; key: string | Uint8Array | CryptoKey }[],
      primaryKeyId?: string,
    ) => {
      try {
        new EncryptedTokenStore({ backend, keys, ...(primaryKeyId ? { primaryKeyId } : {}) });
      } catch (error) {
        expect(error).toBeInstanceOf(FitlinkError);
        expect((error as FitlinkError).code).toBe(ErrorCodes.invalidArgument);
        return (error as Error).message;
      }
      return expect.unreachable('expected the configuration to be refused');
    };
    const short = btoa('x'.repeat(16));
    expect(bad([{ id: 'a', key: short }])).toContain('32 bytes');
    expect(bad([{ id: 'a', key: short }])).not.toContain(short);
    expect(bad([{ id: 'a', key: new Uint8Array(31) }])).toContain('got 31');
    expect(bad([{ id: 'a', key: 'not base64 !' }])).toContain('base64');
    expect(bad([])).toContain('at least one key');
    expect(bad([keyA, { id: 'a', key: keyB.key }])).toContain('repeated');
    expect(bad([{ id: 'a.b', key: keyA.key }])).toContain('key id');
    expect(bad([keyA], 'zzz')).toContain('primaryKeyId');
    const aes128 = await globalThis.crypto.subtle.generateKey(
      { name: 'AES-GCM', length: 128 },
      false,
      ['encrypt', 'decrypt'],
    );
    expect(bad([{ id: 'a', key: aes128 }])).toContain('AES-GCM 256-bit');
  });

  it('generates 32-byte base64 keys', () => {
    const key = generateTokenKey();
    expect(atob(key)).toHaveLength(32);
    expect(generateTokenKey()).not.toBe(key);
  });

  it('delegates lock to the backend, and has none when the backend has none', async () => {
    const calls: string[] = [];
    const backend = new MemoryStringStore();
    const locking = Object.assign(Object.create(backend) as MemoryStringStore, {
      lock: <T>(key: string, task: () => Promise<T>) => {
        calls.push(key);
        return backend.lock(key, task);
      },
    });
    const store = new EncryptedTokenStore({ backend: locking, keys: [keyA] });
    expect(await store.lock!('k', async () => 42)).toBe(42);
    expect(calls).toEqual(['k']);

    const plain = {
      get: (key: string) => backend.get(key),
      set: (key: string, value: string) => backend.set(key, value),
      delete: (key: string) => backend.delete(key),
    };
    const unlocked = new EncryptedTokenStore({ backend: plain, keys: [keyA] });
    expect(unlocked.lock).toBeUndefined();
    expect('lock' in unlocked).toBe(false);
  });
});
