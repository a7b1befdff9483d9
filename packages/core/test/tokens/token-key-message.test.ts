import { describe, expect, it } from 'vitest';
import { EncryptedTokenStore, MemoryStringStore } from '../../src/index.js';

describe('token key errors', () => {
  it('name the key id in plain words (nothing secret to redact)', () => {
    const create = (key: string) => () =>
      new EncryptedTokenStore({ backend: new MemoryStringStore(), keys: [{ id: 'env', key }] });
    expect(create('not base64!')).toThrow("Encryption key 'env' is not valid base64");
    expect(create('c2hvcnQ=')).toThrow("Encryption key 'env' must be 32 bytes (AES-256), got 5");
  });
});
