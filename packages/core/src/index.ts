/**
 * fitlink core: errors, the HTTP client with refresh and rate limits, OAuth 2 and OAuth 1.0a,
 * token stores, pagination, webhook helpers, the normalized model and the provider contract.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './tokens/index.js';
