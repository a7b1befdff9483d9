/**
 * Every Spotify authorization scope with a one-line description (from Spotify's OpenAPI
 * description).
 *
 * @see https://developer.spotify.com/documentation/web-api/concepts/scopes
 */
export const SPOTIFY_SCOPES = {
  /** Communicate with the Spotify app on the user's device. */
  'app-remote-control': 'Communicate with the Spotify app on your device.',
  /** Read private playlists. */
  'playlist-read-private': 'Access your private playlists.',
  /** Read collaborative playlists. */
  'playlist-read-collaborative': 'Access your collaborative playlists.',
  /** Manage public playlists. */
  'playlist-modify-public': 'Manage your public playlists.',
  /** Manage private playlists. */
  'playlist-modify-private': 'Manage your private playlists.',
  /** Read saved content. */
  'user-library-read': 'Access your saved content.',
  /** Manage saved content. */
  'user-library-modify': 'Manage your saved content.',
  /** Read subscription details (country, product; dropped for development-mode apps). */
  'user-read-private': 'Access your subscription details.',
  /** Read the email address (dropped for development-mode apps). */
  'user-read-email': 'Get your real email address.',
  /** Read followers and followed artists and users. */
  'user-follow-read': 'Access your followers and who you are following.',
  /** Follow and unfollow artists and users. */
  'user-follow-modify': 'Manage who you are following.',
  /** Read top artists and tracks. */
  'user-top-read': 'Read your top artists and content.',
  /** Read the playback position in episodes and chapters. */
  'user-read-playback-position': 'Read your position in content you have played.',
  /** Read playback state and Spotify Connect devices. */
  'user-read-playback-state':
    'Read your currently playing content and Spotify Connect devices information.',
  /** Read recently played tracks. */
  'user-read-recently-played': 'Access your recently played items.',
  /** Read the currently playing item. */
  'user-read-currently-playing': 'Read your currently playing content.',
  /** Control playback. */
  'user-modify-playback-state':
    'Control playback on your Spotify clients and Spotify Connect devices.',
  /** Upload playlist cover images. */
  'ugc-image-upload': 'Upload images to Spotify on your behalf.',
  /** Play content in the Web Playback SDK. */
  streaming: 'Play content and control playback on your other devices.',
} as const;

/** A Spotify authorization scope (see {@link SPOTIFY_SCOPES}). */
export type SpotifyScope = keyof typeof SPOTIFY_SCOPES;

/**
 * The scopes fitlink asks for by default: everything the client reads, nothing it does not.
 */
export const SPOTIFY_DEFAULT_SCOPES = [
  'user-read-recently-played',
  'user-read-currently-playing',
  'user-read-playback-state',
  'user-top-read',
  'playlist-read-private',
  'user-read-private',
] as const satisfies readonly SpotifyScope[];
