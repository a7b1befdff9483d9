import { ErrorCodes, FitlinkError } from '@fitlink/core';

// Loopback IP literals Spotify accepts over plain HTTP (any port, so dynamic ports work).
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]']);

/**
 * Checks a redirect URI against Spotify's rules since 27 November 2025: HTTPS, or plain HTTP
 * only on a loopback IP literal (`http://127.0.0.1:PORT/…` or `http://[::1]:PORT/…`);
 * `localhost` is refused in any form; custom schemes (mobile apps) pass.
 *
 * @param redirectUri - The redirect URI registered in the Spotify dashboard.
 * @returns The URI unchanged.
 * @throws `FitlinkError` with code `invalid_argument` naming the rule that failed.
 * @see https://developer.spotify.com/documentation/web-api/concepts/redirect_uri
 *
 * @example
 * ```ts
 * import { validateSpotifyRedirectUri } from '@fitlink/spotify';
 * validateSpotifyRedirectUri('http://127.0.0.1:4317/callback'); // ok
 * ```
 */
export function validateSpotifyRedirectUri(redirectUri: string): string {
  const fail = (why: string): never => {
    throw new FitlinkError(`spotify: redirect URI ${redirectUri} is refused: ${why}`, {
      code: ErrorCodes.invalidArgument,
      provider: 'spotify',
    });
  };
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return fail('it is not an absolute URL');
  }
  if (url.hash) fail('it must not contain a fragment');
  if (url.hostname === 'localhost' || url.hostname.endsWith('.localhost')) {
    fail(
      'Spotify stopped accepting "localhost" on 27 November 2025; use the loopback IP literal http://127.0.0.1:PORT (or http://[::1]:PORT)',
    );
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    fail('plain http is only allowed for loopback IP literals (http://127.0.0.1:PORT); use https');
  }
  return redirectUri;
}
