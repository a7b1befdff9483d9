import { describe, expect, it } from 'vitest';
import {
  createEncryptedTokenStore,
  createMemoryStringStore,
  EncryptedTokenStore,
  generateTokenKey,
  type StringStore,
  type TokenSet,
  TokenStoreError,
} from '../../src/index.js';

const KEY = 'whoop:user-7';
const retired = { id: 'retired', key: generateTokenKey() };
const current = { id: 'current', key: generateTokenKey() };
const before: TokenSet = { accessToken: 'access-before', refreshToken: 'refresh-before' };
const after: TokenSet = { accessToken: 'access-after', refreshToken: 'refresh-after' };

/**
 * A backend with neither lock nor versioned writes whose `get` lets `meanwhile` run after the
 * read of the chosen call: a refresh landing between rotate's read and its write.
 */
function racingBackend(
  meanwhile: (read: number) => Promise<void> | undefined,
): StringStore & { reads: number } {
  const inner = createMemoryStringStore({ lock: false, versioned: false, leases: false });
  const backend = {
    reads: 0,
    async get(key: string) {
      const value = await inner.get(key);
      backend.reads++;
      await meanwhile(backend.reads);
      return value;
    },
    set: (key: string, value: string) => inner.set(key, value),
    delete: (key: string) => inner.delete(key),
  };
  return backend;
}

describe('rotate() racing a refresh on a store without lock or versions', () => {
  it('never writes back the older token set: a refresh written with the new key wins, nothing is rewritten', async () => {
    let peer: (() => Promise<void>) | undefined;
    const backend = racingBackend((read) => (read === 1 ? peer?.() : undefined));
    await createEncryptedTokenStore({ backend, keys: [retired] }).set(KEY, before);
    const store = createEncryptedTokenStore({ backend, keys: [current, retired] });
    peer = () => store.set(KEY, after); // a worker's refresh, on the new primary
    expect(await store.rotate([KEY])).toBe(0);
    expect(await store.get(KEY)).toEqual(after);
  });

  it('a refresh written by an instance still on the old key is re-encrypted, not replaced (class form)', async () => {
    let peer: (() => Promise<void>) | undefined;
    const backend = racingBackend((read) => (read === 1 ? peer?.() : undefined));
    const oldInstance = createEncryptedTokenStore({ backend, keys: [retired] });
    await oldInstance.set(KEY, before);
    const store = new EncryptedTokenStore({ backend, keys: [current, retired] });
    peer = () => oldInstance.set(KEY, after);
    expect(await store.rotate([KEY])).toBe(1);
    expect(await store.get(KEY)).toEqual(after);
    const raw = await backend.get(KEY);
    expect(raw?.startsWith('fl1.current.')).toBe(true);
  });

  it('gives up with TokenStoreError when the value keeps changing (5 tries)', async () => {
    let writes = 0;
    let oldInstance: ReturnType<typeof createEncryptedTokenStore> | undefined;
    const backend = racingBackend(() =>
      oldInstance?.set(KEY, { ...after, accessToken: `a-${++writes}` }),
    );
    oldInstance = createEncryptedTokenStore({ backend, keys: [retired] });
    await oldInstance.set(KEY, before);
    const store = createEncryptedTokenStore({ backend, keys: [current, retired] });
    await expect(store.reencrypt(KEY)).rejects.toBeInstanceOf(TokenStoreError);
    const writer = oldInstance;
    oldInstance = undefined; // stop the writes, then look: the last one is what is stored
    expect((await writer.get(KEY))?.accessToken).toBe(`a-${writes}`);
    expect(writes).toBe(6); // the first read and a re-read before each of the 5 tries
  });
});
