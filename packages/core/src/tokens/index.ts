export { isExpired, type TokenSet, tokenSetSchema } from './token-set.js';
export type { TokenStore } from './token-store.js';
