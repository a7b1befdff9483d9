export { copyTokenSet } from './copy-token-set.js';
export {
  createEncryptedTokenStore,
  type EncryptingTokenStore,
} from './create-encrypted-token-store.js';
export { createJsonTokenStore } from './create-json-token-store.js';
export {
  createMemoryStringStore,
  type ListableStringStore,
} from './create-memory-string-store.js';
export { createMemoryTokenStore } from './create-memory-token-store.js';
export {
  EncryptedTokenStore,
  type EncryptedTokenStoreOptions,
} from './encrypted-token-store.js';
export { KeyedMutex } from './keyed-mutex.js';
export { LeaseWaitTimeoutError } from './lease-wait-timeout-error.js';
export type { MemoryStoreOptions } from './memory-store-options.js';
export { MemoryStringStore } from './memory-string-store.js';
export { MemoryTokenStore, type MemoryTokenStoreOptions } from './memory-token-store.js';
export type { PersistFailureEvent, PersistFailureHook } from './persist-failure.js';
export {
  hasLeases,
  hasVersionedWrites,
  type LeasingTokenStore,
  type VersionedTokenStore,
} from './store-capabilities.js';
export type { StringCompareAndSetResult, StringStore, VersionedString } from './string-store.js';
export { generateTokenKey, TOKEN_KEY_BYTES, type TokenKey } from './token-key.js';
export type { RefreshLeaseDefaults, TokenLease, TokenLeaseOptions } from './token-lease.js';
export { isExpired, type TokenSet, tokenSetSchema } from './token-set.js';
export type { CompareAndSetResult, TokenStore, VersionedTokenSet } from './token-store.js';
