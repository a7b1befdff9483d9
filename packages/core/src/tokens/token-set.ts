import * as z from 'zod/mini';

/**
 * The schema of a stored connection's credentials. Times are epoch milliseconds.
 *
 * OAuth 2 connections use `accessToken`/`refreshToken`/`expiresAt`; OAuth 1.0a connections use
 * `accessToken` (the token) and `tokenSecret`.
 */
export const tokenSetSchema = z.object({
  /** The access token (OAuth 2) or the token (OAuth 1.0a). */
  accessToken: z.string().check(z.minLength(1)),
  /** Token type as the provider gave it, normally `bearer`. */
  tokenType: z.optional(z.string()),
  /** The refresh token, when the provider issued one. */
  refreshToken: z.optional(z.string()),
  /** When the access token expires (epoch ms); absent when the provider did not say. */
  expiresAt: z.optional(z.number()),
  /** The scopes granted, when known. */
  scope: z.optional(z.array(z.string())),
  /** An OpenID Connect ID token, when one was issued. */
  idToken: z.optional(z.string()),
  /** OAuth 1.0a token secret. */
  tokenSecret: z.optional(z.string()),
  /** When this token set was obtained (epoch ms). */
  obtainedAt: z.optional(z.number()),
  /** When the user granted consent (epoch ms); kept across refreshes, for providers whose refresh tokens end a fixed time after consent. */
  authorizedAt: z.optional(z.number()),
  /** The provider's user id, when the token response names it. */
  providerUserId: z.optional(z.string()),
  /** Other fields the provider returned with the token that a provider package needs. */
  extra: z.optional(z.record(z.string(), z.unknown())),
});

/** A connection's credentials, as kept in a {@link TokenStore}. See {@link tokenSetSchema}. */
export type TokenSet = z.infer<typeof tokenSetSchema>;

/**
 * Whether the access token expires within `skewMs` of `now`.
 *
 * @param tokens - The token set.
 * @param now - The current time (epoch ms).
 * @param skewMs - How early to treat the token as expired. @defaultValue 60000
 */
export function isExpired(tokens: TokenSet, now: number, skewMs = 60_000): boolean {
  return tokens.expiresAt !== undefined && tokens.expiresAt - skewMs <= now;
}
