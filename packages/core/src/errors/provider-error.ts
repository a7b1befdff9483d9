import { ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';
import { redact } from './redact.js';

/** The longest body excerpt kept on a {@link ProviderError}. */
export const BODY_EXCERPT_LENGTH = 500;

/**
 * The provider answered with an HTTP status fitlink does not handle on its own (4xx other than
 * 401/429, or 5xx after retries). Keeps the status, the endpoint (path only) and a redacted
 * excerpt of the response body; never the request body.
 */
export class ProviderError extends FitlinkError {
  /** HTTP status of the provider's answer. */
  readonly status: number;
  /** Method and path of the request, without query string. */
  readonly endpoint: string;
  /** Up to {@link BODY_EXCERPT_LENGTH} characters of the response body, redacted. */
  readonly bodyExcerpt: string | undefined;

  /**
   * @param message - What failed.
   * @param options - Status, endpoint, response body and the common options.
   */
  constructor(
    message: string,
    options: FitlinkErrorOptions & { status: number; endpoint: string; body?: string },
  ) {
    super(message, { ...options, code: options.code ?? ErrorCodes.providerHttp });
    this.status = options.status;
    this.endpoint = redact(options.endpoint, options.secrets);
    this.bodyExcerpt =
      options.body === undefined
        ? undefined
        : redact(options.body, options.secrets).slice(0, BODY_EXCERPT_LENGTH);
  }
}
