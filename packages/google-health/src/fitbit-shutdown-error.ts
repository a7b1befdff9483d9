import { AuthError, ErrorCodes, type FitlinkErrorOptions } from '@fitlink/core';

/** The day the Fitbit Web API and Fitbit's OAuth endpoints were shut down (they answer 410). */
export const FITBIT_SHUTDOWN_DATE = '2026-11-02';

/**
 * A stored Fitbit token met the shut-down Fitbit Web API (HTTP 410 Gone). Fitbit tokens cannot
 * be moved to Google: ask the user to reconnect through Google (`createGoogleHealthApp`), then
 * map the old Fitbit user id with `linkFitbitIdentity`. An `AuthError` with code `invalid_grant`
 * and `reconnect: true`, so code that already handles a dead refresh token handles it too.
 *
 * @see https://developers.google.com/health/migration
 */
export class FitbitShutdownError extends AuthError {
  /** The shutdown day, {@link FITBIT_SHUTDOWN_DATE}. */
  readonly shutdownDate: string = FITBIT_SHUTDOWN_DATE;
  /** The refused endpoint (method and path, no query). */
  readonly endpoint: string | undefined;

  /**
   * @param options - The refused endpoint and the common options (secrets to redact …).
   */
  constructor(options: FitlinkErrorOptions & { endpoint?: string } = {}) {
    super(
      `The Fitbit Web API was shut down on ${FITBIT_SHUTDOWN_DATE} (410 Gone${options.endpoint ? ` for ${options.endpoint}` : ''}): Fitbit tokens cannot be migrated, ask the user to reconnect with Google Health`,
      {
        ...options,
        code: ErrorCodes.invalidGrant,
        provider: options.provider ?? 'google-health',
        reconnect: true,
        oauthError: 'fitbit_api_gone',
      },
    );
    this.endpoint = options.endpoint;
  }
}

/**
 * Whether an error is a {@link FitbitShutdownError} (across duplicated installs too: fitlink
 * errors compare class names through their `Symbol.for` marker).
 *
 * @param error - Anything thrown.
 */
export function isFitbitShutdownError(error: unknown): error is FitbitShutdownError {
  return error instanceof FitbitShutdownError;
}
