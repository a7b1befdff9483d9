/**
 * Machine-readable error codes carried by every {@link FitlinkError} as `code`.
 *
 * Match on these rather than on messages, which may change.
 */
export const ErrorCodes = {
  /** Unclassified failure inside fitlink. */
  internal: 'internal',
  /** The provider no longer accepts the grant (refresh token revoked, expired or already used): reconnect. */
  invalidGrant: 'invalid_grant',
  /** No token is stored for the connection: connect the user first. */
  notConnected: 'not_connected',
  /** The provider answered 401 even after a refresh. */
  unauthorized: 'unauthorized',
  /** The `state` returned to the callback does not match the one issued. */
  stateMismatch: 'state_mismatch',
  /** The provider redirected back with `error=` (for example `access_denied`). */
  authorizationDenied: 'authorization_denied',
  /** The callback is missing a parameter it must have (such as `code`). */
  invalidCallback: 'invalid_callback',
  /** The user did not grant a scope the app needs. */
  missingScope: 'missing_scope',
  /** A username/password login was refused. */
  invalidCredentials: 'invalid_credentials',
  /** The token endpoint refused the client (bad id/secret or auth method). */
  invalidClient: 'invalid_client',
  /** The provider's rate limit was reached and the wait exceeds the caller's bound. */
  rateLimited: 'rate_limited',
  /** The provider answered with an unexpected HTTP status. */
  providerHttp: 'provider_http',
  /** The provider requires a paid tier or a permission the user lacks. */
  forbidden: 'forbidden',
  /** The request never got an HTTP answer (DNS, reset, TLS). */
  network: 'network',
  /** The request exceeded its `timeoutMs`. */
  timeout: 'timeout',
  /** The caller's `AbortSignal` aborted the request. */
  aborted: 'aborted',
  /** A payload did not match its schema. */
  validation: 'validation',
  /** A webhook's signature, timestamp or challenge did not verify. */
  webhookVerification: 'webhook_verification',
  /** A stored token could not be decrypted or parsed (tampered, unknown key id, corrupt). */
  tokenStore: 'token_store',
  /** A caller passed an invalid option or argument. */
  invalidArgument: 'invalid_argument',
  /**
   * An issuer identifier did not match the one the app expects: the callback's `iss` (RFC 9207
   * mix-up defence, checked before the code is sent) or an ID token's `iss`. The message says
   * which issuer came back and which setting to correct when it is a configuration mistake.
   */
  issuerMismatch: 'issuer_mismatch',
  /** The authorization server's metadata could not be fetched, or it does not fit the configured issuer. */
  discoveryFailed: 'discovery_failed',
  /** An endpoint is plain `http` and the app has not opted in to loopback development servers. */
  insecureEndpoint: 'insecure_endpoint',
  /** Refresh sent, unanswered: reconnect may be needed. */ refreshUnanswered: 'refresh_unanswered',
  /**
   * A successful answer's body could not be decoded: not JSON, or cut short mid-document.
   * Idempotent requests retry it like a 5xx before it reaches the caller.
   */
  invalidBody: 'invalid_body',
  /**
   * A webhook body was larger than the verifier's `maxBodyBytes` (answer 413). Reading stopped at
   * the limit and nothing was verified. Thrown as a `WebhookVerificationError` (reason `malformed`).
   */
  webhookBodyTooLarge: 'webhook_body_too_large',
  /**
   * An ingest handler's delivery callback failed, so the batch was not acknowledged (answered
   * 503: the sender retries). Carried by the rejection an ingest handler reports.
   */
  ingestDeliveryFailed: 'ingest_delivery_failed',
  /** An ingest request used a method the handler does not take (answered 405). */
  ingestMethodNotAllowed: 'ingest_method_not_allowed',
} as const;

/** Union of every value in {@link ErrorCodes}. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
