export {
  type ApiKeyAuthenticatorOptions,
  apiKeyAuthenticator,
  type HeaderSecretAuthenticatorOptions,
  type HeaderSecretPrincipal,
  type HeadersSecretAuthenticatorOptions,
  headerSecretAuthenticator,
  headersSecretAuthenticator,
  type IngestAuthenticator,
  type StoredIngestKey,
} from './authenticators.js';
export { idempotencyKey } from './idempotency-key.js';
export {
  createIngestHandler,
  type IngestContext,
  type IngestHandler,
  type IngestHandlerOptions,
  type IngestRejection,
} from './ingest-handler.js';
export {
  type GeneratedIngestKey,
  type GenerateIngestKeyOptions,
  generateIngestKey,
  hashIngestKey,
  type IngestKeyParts,
  parseIngestKey,
  verifyIngestKey,
} from './ingest-key.js';
