/** Answer with an HTTP error status instead of the real response. */
export interface StatusFault {
  /** Discriminator: the status fault. */
  readonly kind: 'status';
  /** e.g. 500, 502, 503. */
  readonly status: number;
  /**
   * JSON body.
   * @defaultValue `{ error: 'server_error', error_description: 'Injected fault: HTTP <status>' }`
   */
  readonly body?: unknown;
  /** Extra response headers. */
  readonly headers?: Record<string, string>;
}

/** Answer 429 Too Many Requests with `Retry-After`. */
export interface RateLimitFault {
  /** Discriminator: the rate-limit fault. */
  readonly kind: 'rate-limit';
  /**
   * Value of `Retry-After`, in seconds.
   * @defaultValue `1`
   */
  readonly retryAfterSeconds?: number;
  /** Extra headers, e.g. a provider's own rate-limit headers. */
  readonly headers?: Record<string, string>;
}

/**
 * Fail at the network level before any answer: msw `HttpResponse.error()` in-process, a destroyed
 * socket on loopback ({@link BodyResetFault} drops it mid-body instead).
 */
export interface ResetFault {
  /** Discriminator: the reset fault. */
  readonly kind: 'reset';
}

/** Wait, then let the request through. */
export interface SlowFault {
  /** Discriminator: the slow fault. */
  readonly kind: 'slow';
  /** How long to wait before the real response. */
  readonly delayMs: number;
}

/** Let the request through but cut the response body in half (mid-JSON), dropping `Content-Length`. */
export interface TruncatedFault {
  /** Discriminator: the truncated fault. */
  readonly kind: 'truncated';
}

/**
 * Let the request through and send the real answer's status, headers and the start of its body,
 * then stall: no further byte and no end, until the client gives up (aborts the request, or
 * cancels the body; on loopback, closes the connection). `Content-Length` is dropped. While it
 * stalls it counts in {@link SandboxFaultStats.stalling}. A body-less answer (204, 304) passes
 * unchanged.
 */
export interface StalledBodyFault {
  /** Discriminator: the stalled-body fault. */
  readonly kind: 'stalled-body';
  /**
   * Bytes of the real body sent before the stall (at most the whole body, which then never ends).
   * @defaultValue half the body, so it stops mid-JSON
   */
  readonly afterBytes?: number;
}

/**
 * Let the request through and send the real answer's status, headers and the start of its body,
 * then drop the connection: in-process the body errors with `TypeError: terminated` (what Node's
 * fetch throws when the socket closes mid-body); on loopback the socket is destroyed after those
 * bytes. `Content-Length` is dropped. A body-less answer (204, 304) passes unchanged.
 */
export interface BodyResetFault {
  /** Discriminator: the body-reset fault. */
  readonly kind: 'body-reset';
  /**
   * Bytes of the real body sent before the connection drops.
   * @defaultValue half the body
   */
  readonly afterBytes?: number;
}

/** Answer 401 `invalid_token` ("expired") and expire the presented access token in the sandbox. */
export interface ExpiredTokenFault {
  /** Discriminator: the expired-token fault. */
  readonly kind: 'expired-token';
}

/** Answer 401 `invalid_token` ("revoked") and revoke the grant of the presented token in the sandbox. */
export interface RevokedTokenFault {
  /** Discriminator: the revoked-token fault. */
  readonly kind: 'revoked-token';
}

/** Every fault the sandbox can inject. */
export type SandboxFault =
  | StatusFault
  | RateLimitFault
  | ResetFault
  | SlowFault
  | TruncatedFault
  | StalledBodyFault
  | BodyResetFault
  | ExpiredTokenFault
  | RevokedTokenFault;

/** The `kind` of a {@link SandboxFault}. */
export type SandboxFaultKind = SandboxFault['kind'];

/** Every fault kind, in declaration order. */
export const SANDBOX_FAULT_KINDS: readonly SandboxFaultKind[] = [
  'status',
  'rate-limit',
  'reset',
  'slow',
  'truncated',
  'stalled-body',
  'body-reset',
  'expired-token',
  'revoked-token',
];

/**
 * Which requests a fault applies to: a predicate, or a string matched as a prefix of the path
 * (`'/v1/items'`) or, when it contains `://`, of the full URL.
 */
export type FaultMatch = string | ((url: URL, request: Request) => boolean);

/** Options of {@link SandboxFaults.inject}. */
export interface InjectFaultOptions {
  /**
   * How many matching requests get the fault; `Infinity` for all until cleared.
   * @defaultValue `1`
   */
  readonly times?: number;
  /**
   * Which requests the fault applies to.
   * @defaultValue every request
   */
  readonly match?: FaultMatch;
}
