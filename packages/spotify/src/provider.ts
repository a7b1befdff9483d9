import { defineProvider } from '@fitlink/core';
import { SPOTIFY_DEFAULT_SCOPES, SPOTIFY_SCOPES } from './scopes.js';

/**
 * The Spotify descriptor: OAuth 2 authorization code (with a client secret) or authorization
 * code with PKCE (public clients, browsers), its scopes and what the package offers.
 *
 * @example
 * ```ts
 * import { spotify } from '@fitlink/spotify';
 * console.log(spotify.displayName, spotify.capabilities); // 'Spotify' ['music', 'profile']
 * ```
 */
export const spotify = defineProvider({
  id: 'spotify',
  displayName: 'Spotify',
  authKinds: ['oauth2', 'oauth2-pkce'],
  scopes: SPOTIFY_SCOPES,
  defaultScopes: SPOTIFY_DEFAULT_SCOPES,
  capabilities: ['music', 'profile'],
  docsUrl: 'https://developer.spotify.com/documentation/web-api',
});
