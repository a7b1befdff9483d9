import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import type { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import type { ErrorContext } from './http-types.js';

/**
 * The default mapping of an error answer: 401 → {@link AuthError} (`unauthorized`), 403 →
 * {@link ProviderError} with code `forbidden`, anything else → {@link ProviderError}. A
 * provider's `mapError` runs first and may return its own error.
 *
 * @param context - The answer and its request.
 * @param mapError - The provider's mapper, if any.
 */
export function toResponseError(
  context: ErrorContext,
  mapError?: (context: ErrorContext) => FitlinkError | undefined,
): FitlinkError {
  const mapped = mapError?.(context);
  if (mapped) return mapped;
  const { provider, status, endpoint, secrets } = context;
  if (status === 401) {
    return new AuthError(`${provider} refused the credentials (401) for ${endpoint}`, {
      code: ErrorCodes.unauthorized,
      provider,
      secrets,
    });
  }
  return new ProviderError(`${provider} answered ${status} for ${endpoint}`, {
    provider,
    status,
    endpoint,
    body: context.body,
    secrets,
    ...(status === 403 ? { code: ErrorCodes.forbidden } : {}),
  });
}
