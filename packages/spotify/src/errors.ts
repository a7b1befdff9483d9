import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  type FitlinkErrorOptions,
  ProviderError,
  type TokenErrorContext,
} from '@fitlink/core';
import * as z from 'zod/mini';

/**
 * Spotify refused a refresh token that ended: since 2026-07-20 refresh tokens live six months
 * from the user's authorization (refreshing does not extend them) and then answer
 * `invalid_grant` (`Refresh token expired`). An {@link @fitlink/core!AuthError} with code
 * `invalid_grant` and `reconnect: true`: discard the stored tokens and send the user through
 * authorization again. Never retry the refresh: Spotify asks apps not to, and the app refuses to
 * send a refused refresh token again.
 *
 * @see https://developer.spotify.com/blog/2026-06-18-refresh-token-expiration
 */
export class SpotifyRefreshTokenExpiredError extends AuthError {
  /** When the refresh token ended (authorization + six months), or `undefined` when unknown. */
  readonly refreshTokenExpiresAt: Date | undefined;

  /**
   * @param options - When the token ended (when `authorizedAt` was known), Spotify's
   * description, and the common options.
   */
  constructor(
    options: FitlinkErrorOptions & {
      refreshTokenExpiresAt?: Date | null;
      description?: string;
    } = {},
  ) {
    const { refreshTokenExpiresAt, description, ...rest } = options;
    const ended = refreshTokenExpiresAt
      ? `it ended on ${refreshTokenExpiresAt.toISOString()}, six months after the user authorized`
      : 'Spotify ends refresh tokens six months after the user authorized';
    super(
      `spotify refused the refresh token: ${ended}. Discard the stored tokens and send the user through authorization again; do not retry the refresh`,
      {
        ...rest,
        provider: 'spotify',
        code: ErrorCodes.invalidGrant,
        oauthError: 'invalid_grant',
        reconnect: true,
        ...(description === undefined ? {} : { description }),
      },
    );
    this.refreshTokenExpiresAt = refreshTokenExpiresAt ?? undefined;
  }
}

/**
 * Spotify refused the app because it is in development mode and the Spotify account that owns
 * it has no Premium subscription ("Upgrade to Spotify Premium required to access the Web API",
 * "Active premium subscription required for the owner of the app"): required for new
 * development-mode apps since 2026-02-11 and for existing ones since 2026-03-09. Every user of
 * the app gets it, and reconnecting does not help: the app's owner must subscribe to Premium
 * (requests are allowed again a few hours later), or the app must get extended quota mode. A
 * `ProviderError` with code `forbidden`, so generic 403 handling still applies.
 *
 * @see https://developer.spotify.com/blog/2026-02-06-update-on-developer-access-and-platform-security
 */
export class SpotifyPremiumRequiredError extends ProviderError {
  /**
   * @param endpoint - Method and path that was refused.
   * @param options - Status (403 unless Spotify said otherwise), response body and the common
   * options.
   */
  constructor(
    endpoint: string,
    options: FitlinkErrorOptions & { status?: number; body?: string } = {},
  ) {
    super(
      `spotify refused ${endpoint}: the app is in development mode and the Spotify account that owns it has no Premium subscription (required since 2026-03-09). Every user of the app is refused and reconnecting does not help: the app's owner must subscribe to Spotify Premium (requests are allowed again a few hours later), or the app must get extended quota mode`,
      {
        ...options,
        provider: 'spotify',
        status: options.status ?? 403,
        endpoint,
        code: ErrorCodes.forbidden,
      },
    );
  }
}

// What Spotify says to a development-mode app whose owner has no Premium. A user's own missing
// Premium on a player command ("Player command failed: Premium required") is another matter.
const OWNER_PREMIUM_RE =
  /upgrade to spotify premium required|premium subscription required for the owner|blocked from accessing the web api since you do not have a spotify premium/i;

/**
 * Whether a Spotify answer's text is the development-mode owner's missing Premium.
 *
 * @param text - An error message or a response body.
 */
export function isSpotifyOwnerPremiumRequired(text: string): boolean {
  return OWNER_PREMIUM_RE.test(text);
}

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
 * 403 "Insufficient client scope" → `AuthError` (`missing_scope`), 403 "Upgrade to Spotify
 * Premium required" (a development-mode app whose owner has no Premium) →
 * {@link SpotifyPremiumRequiredError}, other 403s (a user's Premium needed for a player command,
 * user not added to a development-mode app) → `ProviderError` (`forbidden`), anything else →
 * `ProviderError`, each with Spotify's message. 429s never get here: the HTTP client waits for
 * `Retry-After` or throws `RateLimitError`.
 *
 * @param context - The answer and its request.
 * @returns The error, or `undefined` for a body that is not Spotify's (the default mapping).
 */
export function mapSpotifyError(context: ErrorContext): FitlinkError | undefined {
  const { provider, status, endpoint, secrets } = context;
  if (status === 403 && isSpotifyOwnerPremiumRequired(context.body)) {
    return new SpotifyPremiumRequiredError(endpoint, { body: context.body, secrets });
  }
  const message = readSpotifyErrorMessage(context.body);
  if (message === undefined) return undefined;
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
 * Maps a token endpoint answer: a development-mode owner's missing Premium (in any body) →
 * {@link SpotifyPremiumRequiredError}; an answer that is not an RFC 6749 error body (a Web
 * API-shaped error or an HTML gateway page) → `ProviderError`; RFC 6749 bodies
 * (`invalid_grant`, `invalid_client` …) return `undefined` and get core's standard mapping to
 * `AuthError` (the app turns an ended refresh token into {@link SpotifyRefreshTokenExpiredError}).
 *
 * @param context - The token endpoint's answer.
 */
export function mapSpotifyTokenError(context: TokenErrorContext): FitlinkError | undefined {
  if (isSpotifyOwnerPremiumRequired(context.body)) {
    return new SpotifyPremiumRequiredError('POST /api/token', {
      status: context.status,
      body: context.body,
    });
  }
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
