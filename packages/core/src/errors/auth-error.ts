import { type ErrorCode, ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';
import { redact } from './redact.js';

/**
 * Authentication or authorization failed in a way the app must handle by sending the user
 * through the connect flow again: a revoked or expired refresh token (`invalid_grant`), a
 * callback with a mismatched `state` or `error=`, missing scopes, or refused credentials.
 *
 * `code` tells which: see {@link ErrorCodes}.
 */
export class AuthError extends FitlinkError {
  /** The OAuth error string from the provider (`invalid_grant`, `access_denied` …), when there was one. */
  readonly oauthError: string | undefined;
  /** The provider's error description, redacted. */
  readonly description: string | undefined;
  /** Whether the user must reconnect (always true except for callback-time errors a retry can fix). */
  readonly reconnect: boolean;

  /**
   * @param message - What went wrong.
   * @param options - Code (default `invalid_grant`), the OAuth error and description, and the common options.
   */
  constructor(
    message: string,
    options: FitlinkErrorOptions & {
      oauthError?: string;
      description?: string;
      reconnect?: boolean;
      code?: ErrorCode;
    } = {},
  ) {
    super(message, { ...options, code: options.code ?? ErrorCodes.invalidGrant });
    this.oauthError = options.oauthError;
    this.description =
      options.description === undefined ? undefined : redact(options.description, options.secrets);
    this.reconnect = options.reconnect ?? true;
  }
}
