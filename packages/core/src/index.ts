/**
 * fitlink core: errors, the HTTP client with refresh and rate limits, OAuth 2 and OAuth 1.0a,
 * token stores, pagination, webhook helpers, the normalized model and the provider contract.
 *
 * Each folder's barrel lists its exports by name; this file gathers them.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './http/index.js';
export * from './ingest/index.js';
export * from './model/index.js';
export * from './oauth/index.js';
export * from './pagination/index.js';
export * from './provider/index.js';
export * from './sync/index.js';
export * from './tokens/index.js';
export * from './webhooks/index.js';
