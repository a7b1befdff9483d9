import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  ProviderError,
  type TokenErrorContext,
} from '@fitlink/core';
import * as z from 'zod/mini';

/**
 * The Web API's error body: `{"error":{"status":401,"message":"The access token expired"}}`
 * (`ErrorObject`). The accounts service (token endpoint) answers RFC 6749 bodies instead.
 */
export const spotifyErrorBodySchema = z.looseObject({
  /** The error. */
  error: z.looseObject({
    /** The HTTP status, repeated. */
    status: z.number(),
    /** A short description. */
    message: z.string(),
  }),
});

/** The Web API's error body. */
export type SpotifyErrorBody = z.infer<typeof spotifyErrorBodySchema>;

/**
 * Reads the `message` of a Web API error body, or `undefined` when the body is not one.
 *
 * @param body - The response body as text.
 */
export function readSpotifyErrorMessage(body: string): string | undefined {
  try {
    const parsed = spotifyErrorBodySchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.error.message : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Maps a Web API error answer to a fitlink error: 401 → `AuthError` (`unauthorized`),
 * 403 "Insufficient client scope" → `AuthError` (`missing_scope`), other 403s (Premium
 * needed, user not added to a development-mode app) → `ProviderError` (`forbidden`),
 * anything else → `ProviderError`, each with Spotify's message. 429s never get here:
 * the HTTP client waits for `Retry-After` or throws `RateLimitError`.
 *
 * @param context - The answer and its request.
 * @returns The error, or `undefined` for a body that is not Spotify's (the default mapping).
 */
export function mapSpotifyError(context: ErrorContext): FitlinkError | undefined {
  const message = readSpotifyErrorMessage(context.body);
  if (message === undefined) return undefined;
  const { provider, status, endpoint, secrets } = context;
  const base = { provider, secrets };
  if (status === 401) {
    return new AuthError(`spotify refused the access token for ${endpoint}: ${message}`, {
      ...base,
      code: ErrorCodes.unauthorized,
      description: message,
    });
  }
  if (status === 403 && /insufficient client scope/i.test(message)) {
    return new AuthError(
      `spotify: ${endpoint} needs a scope the user did not grant (${message}); connect again with it`,
      { ...base, code: ErrorCodes.missingScope, description: message },
    );
  }
  return new ProviderError(`spotify answered ${status} for ${endpoint}: ${message}`, {
    ...base,
    status,
    endpoint,
    body: context.body,
    ...(status === 403 ? { code: ErrorCodes.forbidden } : {}),
  });
}

/**
 * Maps a token endpoint answer that is not an RFC 6749 error body (a Web API-shaped error or
 * an HTML gateway page) to `ProviderError`; RFC 6749 bodies (`invalid_grant`,
 * `invalid_client` …) return `undefined` and get core's standard mapping to `AuthError`.
 *
 * @param context - The token endpoint's answer.
 */
export function mapSpotifyTokenError(context: TokenErrorContext): FitlinkError | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(context.body);
  } catch {
    parsed = undefined;
  }
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    typeof (parsed as { error?: unknown }).error === 'string'
  ) {
    return undefined;
  }
  const message = readSpotifyErrorMessage(context.body) ?? 'no OAuth error body';
  return new ProviderError(
    `spotify token endpoint answered ${context.status} (${context.operation}): ${message}`,
    {
      provider: context.provider,
      status: context.status,
      endpoint: 'POST /api/token',
      body: context.body,
    },
  );
}
