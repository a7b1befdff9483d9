/** Spotify's accounts service, which hosts the authorization and token endpoints. */
export const SPOTIFY_ACCOUNTS_URL = 'https://accounts.spotify.com';

/**
 * Where the user consents.
 *
 * @see https://developer.spotify.com/documentation/web-api/tutorials/code-flow
 */
export const SPOTIFY_AUTHORIZE_URL = 'https://accounts.spotify.com/authorize';

/**
 * Where codes, refresh tokens and client credentials are exchanged (form-encoded bodies).
 *
 * @see https://developer.spotify.com/documentation/web-api/tutorials/refreshing-tokens
 */
export const SPOTIFY_TOKEN_URL = 'https://accounts.spotify.com/api/token';

/** Base URL of the Web API. */
export const SPOTIFY_API_BASE_URL = 'https://api.spotify.com/v1';

/** Where a user removes an app's access: Spotify has no revocation endpoint. */
export const SPOTIFY_ACCOUNT_APPS_URL = 'https://www.spotify.com/account/apps/';

/** Web API routes used by the client, relative to {@link SPOTIFY_API_BASE_URL}. */
export const SpotifyRoutes = {
  /** `GET /me`: the current user's profile. */
  me: 'me',
  /** `GET /me/player/recently-played`: cursor-paged play history (the last 50 plays). */
  recentlyPlayed: 'me/player/recently-played',
  /** `GET /me/player/currently-playing`: the item playing now (204 when nothing plays). */
  currentlyPlaying: 'me/player/currently-playing',
  /** `GET /me/player`: playback state with device (204 when no playback is active). */
  playbackState: 'me/player',
  /** `GET /me/top/artists`: top artists by affinity. */
  topArtists: 'me/top/artists',
  /** `GET /me/top/tracks`: top tracks by affinity. */
  topTracks: 'me/top/tracks',
  /** `GET /me/playlists`: playlists the user owns or follows. */
  myPlaylists: 'me/playlists',
  /** `GET /playlists/{id}/items` (the February 2026 replacement of `/playlists/{id}/tracks`). */
  playlistItems: (playlistId: string): string =>
    `playlists/${encodeURIComponent(playlistId)}/items`,
  /** `GET /tracks/{id}`: one track. */
  track: (trackId: string): string => `tracks/${encodeURIComponent(trackId)}`,
  /** `GET /tracks?ids=`: several tracks (removed for development-mode apps in February 2026). */
  tracks: 'tracks',
} as const;

/** The largest `limit` Spotify accepts on paged endpoints (recently played, top items, playlists). */
export const SPOTIFY_MAX_PAGE_SIZE = 50;
