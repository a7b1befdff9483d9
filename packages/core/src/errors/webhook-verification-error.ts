import { ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';

/** Why a webhook did not verify. */
export type WebhookVerificationReason =
  | 'missing_signature'
  | 'bad_signature'
  | 'missing_timestamp'
  | 'stale_timestamp'
  | 'bad_challenge'
  | 'bad_api_key'
  | 'unknown_subscription'
  | 'malformed';

/**
 * An incoming webhook or subscription challenge failed verification: a missing or wrong
 * signature, a timestamp outside the tolerance (replay), a wrong verify token or API key.
 * Answer such a request with 401/403 and do not process it.
 */
export class WebhookVerificationError extends FitlinkError {
  /** The reason, for logs and metrics. */
  readonly reason: WebhookVerificationReason;

  /**
   * @param message - What failed.
   * @param options - The reason and the common options.
   */
  constructor(
    message: string,
    options: FitlinkErrorOptions & { reason: WebhookVerificationReason },
  ) {
    super(message, { ...options, code: options.code ?? ErrorCodes.webhookVerification });
    this.reason = options.reason;
  }
}
