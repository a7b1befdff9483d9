export { AuthError } from './auth-error.js';
export { type ErrorCode, ErrorCodes } from './codes.js';
export { FitlinkError, type FitlinkErrorJson, type FitlinkErrorOptions } from './fitlink-error.js';
export { BODY_EXCERPT_LENGTH, ProviderError } from './provider-error.js';
export { RateLimitError } from './rate-limit-error.js';
export {
  isSecretField,
  isSecretHeader,
  looksLikeSecret,
  REDACTED,
  redact,
  redactValue,
} from './redact.js';
export { TokenStoreError } from './token-store-error.js';
export { type IssueInput, ValidationError, type ValidationIssue } from './validation-error.js';
export {
  WebhookVerificationError,
  type WebhookVerificationReason,
} from './webhook-verification-error.js';
