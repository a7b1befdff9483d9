import { ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';
import { redact } from './redact.js';

/** The longest body excerpt kept on a {@link ProviderError}. */
export const BODY_EXCERPT_LENGTH = 500;

// How much of a body is redacted to take the excerpt from: far more than any credential is long.
const REDACTION_WINDOW = 16_384;

/**
 * The provider answered with an HTTP status fitlink does not handle on its own (4xx other than
 * 401/429, or 5xx after retries), or a successful answer whose body could not be decoded (not
 * JSON, cut short). Keeps the status, the endpoint (path only) and an excerpt of the response
 * body redacted against every secret given; never the request body.
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
    // Redacted before it is cut, so a secret straddling the cut is removed whole; only a bounded
    // head of a large body is scanned.
    this.bodyExcerpt =
      options.body === undefined
        ? undefined
        : redact(options.body.slice(0, REDACTION_WINDOW), options.secrets).slice(
            0,
            BODY_EXCERPT_LENGTH,
          );
  }
}
