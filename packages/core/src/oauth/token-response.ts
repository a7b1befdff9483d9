import type { TokenSet } from '../tokens/token-set.js';

/** A token endpoint's JSON answer, as far as fitlink reads it. Providers add fields. */
export interface TokenResponse {
  /** The access token. */
  access_token: string;
  /** Token type, normally `Bearer`. */
  token_type?: string;
  /** Lifetime of the access token in seconds. */
  expires_in?: number;
  /** A refresh token, when issued. */
  refresh_token?: string;
  /** Granted scopes, space- or comma-separated. */
  scope?: string;
  /** An OpenID Connect ID token, when issued. */
  id_token?: string;
  [field: string]: unknown;
}

/** Options of {@link toTokenSet}. */
export interface ToTokenSetOptions {
  /** Current time, epoch ms. */
  now: number;
  /** The token set this response replaces (on refresh): kept fields fill what the provider did not resend. */
  previous?: TokenSet;
  /** How granted scopes are separated in `scope`. @defaultValue spaces or commas */
  scopeSeparator?: string | RegExp;
}

/**
 * Turns a token endpoint answer into a {@link TokenSet}: `expires_in` (or an absolute
 * `expires_at` in epoch seconds, as Strava sends) becomes `expiresAt`; a missing refresh token or
 * scope keeps the previous one (RFC 6749 §6 lets servers omit it); `authorizedAt` is kept from
 * the first grant.
 *
 * @param response - The token endpoint's JSON.
 * @param options - Clock, previous token set and scope separator.
 */
export function toTokenSet(response: TokenResponse, options: ToTokenSetOptions): TokenSet {
  const { now, previous } = options;
  const tokens: TokenSet = { accessToken: response.access_token, obtainedAt: now };
  if (response.token_type) tokens.tokenType = response.token_type.toLowerCase();
  const refreshToken = response.refresh_token ?? previous?.refreshToken;
  if (refreshToken) tokens.refreshToken = refreshToken;
  if (typeof response.expires_in === 'number') tokens.expiresAt = now + response.expires_in * 1000;
  else if (typeof response.expires_at === 'number') tokens.expiresAt = response.expires_at * 1000;
  const scope =
    typeof response.scope === 'string'
      ? response.scope.split(options.scopeSeparator ?? /[\s,]+/).filter(Boolean)
      : previous?.scope;
  if (scope) tokens.scope = scope;
  if (response.id_token) tokens.idToken = response.id_token;
  tokens.authorizedAt = previous?.authorizedAt ?? now;
  if (previous?.providerUserId) tokens.providerUserId = previous.providerUserId;
  return tokens;
}
