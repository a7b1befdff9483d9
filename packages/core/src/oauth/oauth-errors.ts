import * as oauth from 'oauth4webapi';
import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';

/** A token endpoint's error answer, handed to a provider's mapper before the standard mapping. */
export interface TokenErrorContext {
  /** Provider id. */
  provider: string;
  /** HTTP status of the answer. */
  status: number;
  /** The response body as text. */
  body: string;
  /** `token` for code exchange and refresh, `revoke` for revocation. */
  operation: 'exchange' | 'refresh' | 'revoke' | 'client_credentials';
}

/**
 * Converts an error thrown by oauth4webapi into a fitlink error. The raw error is not kept as
 * a cause: it holds the `Response`, whose request may carry credentials.
 *
 * @param error - What oauth4webapi threw.
 * @param provider - The provider id.
 * @param secrets - Values to redact.
 */
export function fromOAuthError(
  error: unknown,
  provider: string,
  secrets: readonly string[],
): FitlinkError {
  if (error instanceof FitlinkError) return error;
  if (error instanceof oauth.ResponseBodyError) {
    return fromErrorAnswer(provider, secrets, error.status, error.error, error.error_description);
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    // A 401 to HTTP Basic carries the error in WWW-Authenticate (RFC 6749 §5.2), not only the body.
    const challenge = error.cause.find((item) => item.parameters.error !== undefined);
    return fromErrorAnswer(
      provider,
      secrets,
      error.status,
      challenge?.parameters.error,
      challenge?.parameters.error_description,
    );
  }
  if (error instanceof oauth.AuthorizationResponseError) {
    return new AuthError(`${provider} returned error=${error.error} to the callback`, {
      provider,
      secrets,
      code: ErrorCodes.authorizationDenied,
      oauthError: error.error,
      ...(error.error_description ? { description: error.error_description } : {}),
    });
  }
  if (
    error instanceof oauth.OperationProcessingError &&
    error.code === oauth.HTTP_REQUEST_FORBIDDEN
  ) {
    return new FitlinkError(
      `${provider}: a token endpoint is plain http; fitlink sends tokens over https only (set allowHttpLoopback: true for a loopback development server)`,
      { code: ErrorCodes.insecureEndpoint, provider },
    );
  }
  if (error instanceof oauth.OperationProcessingError) {
    const response = (error as { cause?: unknown }).cause;
    const status = response instanceof Response ? response.status : 0;
    return new ProviderError(
      `${provider} token endpoint gave an answer fitlink cannot use: ${error.message}`,
      {
        provider,
        secrets,
        status,
        endpoint: 'token endpoint',
      },
    );
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new FitlinkError(`${provider} token request was aborted`, {
      code: ErrorCodes.aborted,
      provider,
    });
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new FitlinkError(`${provider} token request timed out`, {
      code: ErrorCodes.timeout,
      provider,
    });
  }
  return new FitlinkError(`${provider} token request failed`, {
    code: ErrorCodes.network,
    provider,
    cause: error,
    secrets,
  });
}

/** Maps a token endpoint's OAuth error (from the body or a `WWW-Authenticate` challenge). */
function fromErrorAnswer(
  provider: string,
  secrets: readonly string[],
  status: number,
  oauthError: string | undefined,
  description: string | undefined,
): AuthError {
  const base = {
    provider,
    secrets,
    ...(oauthError ? { oauthError } : {}),
    ...(description ? { description } : {}),
  };
  if (oauthError === 'invalid_grant') {
    return new AuthError(
      `${provider} rejected the grant (invalid_grant): the user must reconnect`,
      base,
    );
  }
  if (!oauthError || oauthError === 'invalid_client' || oauthError === 'unauthorized_client') {
    return new AuthError(
      `${provider} rejected the client credentials (${oauthError ?? status}): check the client id, secret and auth method`,
      { ...base, code: ErrorCodes.invalidClient, reconnect: false },
    );
  }
  return new AuthError(`${provider} token endpoint answered ${status} ${oauthError}`, {
    ...base,
    code: ErrorCodes.invalidGrant,
  });
}
