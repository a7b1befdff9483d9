import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import type { ErrorContext } from './http-types.js';

/**
 * The default mapping of an error answer: 401 → {@link AuthError} (`unauthorized`), 403 →
 * {@link ProviderError} with code `forbidden`, anything else → {@link ProviderError}. A
 * provider's `mapError` runs first and may return its own error; one that throws anything but a
 * fitlink error is replaced by the default mapping, with what it threw as the (redacted) cause.
 *
 * @param context - The answer and its request.
 * @param mapError - The provider's mapper, if any.
 */
export function toResponseError(
  context: ErrorContext,
  mapError?: (context: ErrorContext) => FitlinkError | undefined,
): FitlinkError {
  let mapperFailure: unknown;
  try {
    const mapped = mapError?.(context);
    if (mapped) return mapped;
  } catch (error) {
    if (error instanceof FitlinkError) return error;
    // A mapper that throws must not let a raw error (or the body it quoted) reach the caller.
    mapperFailure = error;
  }
  const { provider, status, endpoint, secrets } = context;
  const cause = mapperFailure === undefined ? {} : { cause: mapperFailure };
  if (status === 401) {
    return new AuthError(`${provider} refused the credentials (401) for ${endpoint}`, {
      code: ErrorCodes.unauthorized,
      provider,
      secrets,
      ...cause,
    });
  }
  return new ProviderError(`${provider} answered ${status} for ${endpoint}`, {
    provider,
    status,
    endpoint,
    body: context.body,
    secrets,
    ...cause,
    ...(status === 403 ? { code: ErrorCodes.forbidden } : {}),
  });
}
