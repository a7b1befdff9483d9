import { ErrorCodes } from './codes.js';
import { FitlinkError, type FitlinkErrorOptions } from './fitlink-error.js';

/**
 * The provider's rate limit is spent and waiting for it would exceed the caller's bound
 * (`maxRateLimitWaitMs`). Retry at `retryAt`.
 */
export class RateLimitError extends FitlinkError {
  /** When the budget is expected to be available again. */
  readonly retryAt: Date;
  /** The endpoint that was limited (path only, no query). */
  readonly endpoint: string | undefined;
  /** Which budget was spent, when the provider has several (`short`, `daily`, `read` …). */
  readonly limit: string | undefined;

  /**
   * @param message - What was limited.
   * @param options - `retryAt`, the endpoint and limit name, and the common options.
   */
  constructor(
    message: string,
    options: FitlinkErrorOptions & { retryAt: Date; endpoint?: string; limit?: string },
  ) {
    super(message, { ...options, code: options.code ?? ErrorCodes.rateLimited });
    this.retryAt = options.retryAt;
    this.endpoint = options.endpoint;
    this.limit = options.limit;
  }
}
