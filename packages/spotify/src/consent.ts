import type { TokenSet } from '@fitlink/core';

/** How long Spotify's refresh tokens live after the user authorized: six calendar months. */
export const SPOTIFY_CONSENT_MONTHS = 6;

/** The default warning window before the refresh token ends: 14 days. */
export const SPOTIFY_CONSENT_WARNING_MS = 14 * 86_400_000;

/** Where a connection stands against Spotify's six-month refresh-token end. */
export interface SpotifyConsentStatus {
  /** When the user authorized (`tokens.authorizedAt`), or `null` when unknown. */
  authorizedAt: Date | null;
  /** When the refresh token stops working, or `null` when `authorizedAt` is unknown. */
  refreshTokenExpiresAt: Date | null;
  /** Milliseconds left (negative once ended), or `null` when unknown. */
  remainingMs: number | null;
  /** Whether to send the user through authorization again now (within the warning window or past it). */
  reauthorizeSoon: boolean;
  /** Whether the refresh token has already ended: every refresh will fail with `invalid_grant`. */
  expired: boolean;
}

/**
 * When a connection's refresh token ends: refresh tokens issued to Spotify dashboard apps live
 * six months from the user's authorization, and refreshing does not extend that. The date is
 * `tokens.authorizedAt` plus six calendar months (UTC); `null` when `authorizedAt` is unknown.
 *
 * @param tokens - The connection's tokens (fitlink sets `authorizedAt` at code exchange and keeps it across refreshes).
 * @see https://developer.spotify.com/documentation/web-api/tutorials/refreshing-tokens
 */
export function spotifyRefreshTokenExpiresAt(tokens: TokenSet): Date | null {
  if (tokens.authorizedAt === undefined) return null;
  const end = new Date(tokens.authorizedAt);
  end.setUTCMonth(end.getUTCMonth() + SPOTIFY_CONSENT_MONTHS);
  return end;
}

/**
 * Reads where a connection stands against the six-month end, to warn the user before their
 * connection stops refreshing.
 *
 * @param tokens - The connection's tokens.
 * @param options - The current time and the warning window.
 * @defaultValue `now` is `Date.now()`, `warnBeforeMs` is {@link SPOTIFY_CONSENT_WARNING_MS}
 *
 * @example
 * ```ts
 * import { getSpotifyConsentStatus } from '@fitlink/spotify';
 * const status = getSpotifyConsentStatus({ accessToken: 'a', authorizedAt: Date.parse('2026-06-01T00:00:00Z') },
 *   { now: Date.parse('2026-11-22T00:00:00Z') });
 * status.reauthorizeSoon; // true: the token ends on 2026-12-01
 * ```
 */
export function getSpotifyConsentStatus(
  tokens: TokenSet,
  options: { now?: number; warnBeforeMs?: number } = {},
): SpotifyConsentStatus {
  const now = options.now ?? Date.now();
  const warnBeforeMs = options.warnBeforeMs ?? SPOTIFY_CONSENT_WARNING_MS;
  const end = spotifyRefreshTokenExpiresAt(tokens);
  if (end === null || tokens.authorizedAt === undefined) {
    return {
      authorizedAt: null,
      refreshTokenExpiresAt: null,
      remainingMs: null,
      reauthorizeSoon: false,
      expired: false,
    };
  }
  const remainingMs = end.getTime() - now;
  return {
    authorizedAt: new Date(tokens.authorizedAt),
    refreshTokenExpiresAt: end,
    remainingMs,
    reauthorizeSoon: remainingMs <= warnBeforeMs,
    expired: remainingMs <= 0,
  };
}
