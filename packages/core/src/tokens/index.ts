export {
  EncryptedTokenStore,
  type EncryptedTokenStoreOptions,
} from './encrypted-token-store.js';
export { KeyedMutex } from './keyed-mutex.js';
export { MemoryStringStore } from './memory-string-store.js';
export { MemoryTokenStore, type MemoryTokenStoreOptions } from './memory-token-store.js';
export type { StringStore } from './string-store.js';
export { generateTokenKey, TOKEN_KEY_BYTES, type TokenKey } from './token-key.js';
export { isExpired, type TokenSet, tokenSetSchema } from './token-set.js';
export type { TokenStore } from './token-store.js';
