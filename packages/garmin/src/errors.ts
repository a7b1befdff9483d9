import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  FitlinkError,
  type FitlinkErrorOptions,
  ProviderError,
} from '@fitlink/core';
import type { GarminScope } from './scopes.js';

/** Reads Garmin's `{"errorMessage": "…"}` body, if any. */
export function readGarminErrorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errorMessage?: unknown } | null;
    return typeof parsed?.errorMessage === 'string' ? parsed.errorMessage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The user has not granted a permission a call needs (checked by fitlink before the call, from
 * `GET user/permissions`, or answered by Garmin with 403 or 412). Ask the user to grant it in
 * Garmin Connect; backfill needs `HISTORICAL_DATA_EXPORT`, which is off by default.
 */
export class GarminMissingPermissionError extends FitlinkError {
  /** The permissions missing. */
  readonly missing: readonly GarminScope[];

  /**
   * @param missing - The permissions the call needs and the user has not granted.
   * @param options - The common options.
   */
  constructor(missing: readonly GarminScope[], options: FitlinkErrorOptions = {}) {
    super(
      `the Garmin user has not granted ${missing.join(', ')}: ask them to allow it in Garmin Connect (Settings → Connected Apps)`,
      { ...options, provider: 'garmin', code: ErrorCodes.missingScope },
    );
    this.missing = missing;
  }
}

/**
 * An activity file URL was already used: Garmin serves each file once and answers 410 after.
 * Not retried; a new ping (or a backfill of the activity) brings a new URL.
 */
export class GarminActivityFileGoneError extends ProviderError {
  /**
   * @param endpoint - The method and path that answered 410.
   * @param options - The body and common options.
   */
  constructor(endpoint: string, options: FitlinkErrorOptions & { body?: string } = {}) {
    super(`garmin activity file already downloaded (410 Gone) at ${endpoint}`, {
      ...options,
      provider: 'garmin',
      status: 410,
      endpoint,
      code: ErrorCodes.providerHttp,
    });
  }
}

/**
 * Maps Garmin's error answers (`{"errorMessage": "…"}`): 401 → {@link @fitlink/core!AuthError}
 * `unauthorized`; 403 (token revoked or permission missing) and 412 (the user withdrew the
 * permission for that summary type) → {@link GarminMissingPermissionError} when the message
 * names a permission, else a `forbidden` {@link @fitlink/core!ProviderError}; 410 →
 * {@link GarminActivityFileGoneError}. Others fall through to core's mapping.
 *
 * @param context - The error answer.
 * @returns The error, or `undefined` for the default mapping.
 */
export function mapGarminError(context: ErrorContext): FitlinkError | undefined {
  const { status, endpoint, secrets, body } = context;
  const message = readGarminErrorMessage(body);
  if (status === 401) {
    return new AuthError(`garmin refused the access token (401) for ${endpoint}`, {
      code: ErrorCodes.unauthorized,
      provider: 'garmin',
      secrets,
      ...(message ? { description: message } : {}),
    });
  }
  if (status === 410) return new GarminActivityFileGoneError(endpoint, { body, secrets });
  if (status === 403 || status === 412) {
    const named = ['HISTORICAL_DATA_EXPORT', 'ACTIVITY_EXPORT', 'HEALTH_EXPORT'].filter((p) =>
      message?.includes(p),
    ) as GarminScope[];
    if (status === 412 || named.length > 0) {
      return new GarminMissingPermissionError(named.length > 0 ? named : ['HEALTH_EXPORT'], {
        secrets,
      });
    }
    return new ProviderError(`garmin refused ${endpoint} (${status})`, {
      code: ErrorCodes.forbidden,
      provider: 'garmin',
      status,
      endpoint,
      body,
      secrets,
    });
  }
  return undefined;
}
