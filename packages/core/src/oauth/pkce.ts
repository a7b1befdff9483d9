import * as oauth from 'oauth4webapi';

/**
 * A new PKCE code verifier (RFC 7636 §4.1): 32 random bytes, base64url.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.1
 */
export function generateCodeVerifier(): string {
  return oauth.generateRandomCodeVerifier();
}

/**
 * The S256 code challenge of a verifier: base64url(SHA-256(verifier)). fitlink never uses the
 * `plain` method.
 *
 * @param codeVerifier - The verifier from {@link generateCodeVerifier}.
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.2
 */
export function codeChallengeS256(codeVerifier: string): Promise<string> {
  return oauth.calculatePKCECodeChallenge(codeVerifier);
}

/** A new random `state` value (32 random bytes, base64url: 43 characters). */
export function generateState(): string {
  return oauth.generateRandomState();
}
