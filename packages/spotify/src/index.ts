/**
 * Spotify for fitlink: OAuth 2 authorization code (server apps) and authorization code with
 * PKCE (browsers, no secret), loopback redirect URIs, client credentials for catalog calls, the
 * six-month consent check, a typed Web API client (profile, recently played, player, top items,
 * playlists, tracks), the play mapper and the soundtrack of a workout.
 *
 * @packageDocumentation
 */
export {
  createSpotifyApp,
  type SpotifyApp,
  type SpotifyAppSettings,
  type SpotifyAuthorization,
  type SpotifyAuthorizationOptions,
  type SpotifyExchangeCodeOptions,
} from './app.js';
export {
  createSpotifyCatalogClient,
  type SpotifyCatalogClient,
  type SpotifyCatalogClientSettings,
} from './catalog-client.js';
export { createSpotifyClient, type SpotifyClient, type SpotifyClientSettings } from './client.js';
export {
  getSpotifyConsentStatus,
  SPOTIFY_CONSENT_MONTHS,
  SPOTIFY_CONSENT_WARNING_MS,
  type SpotifyConsentStatus,
  spotifyRefreshTokenExpiresAt,
} from './consent.js';
export {
  SPOTIFY_ACCOUNT_APPS_URL,
  SPOTIFY_ACCOUNTS_URL,
  SPOTIFY_API_BASE_URL,
  SPOTIFY_AUTHORIZE_URL,
  SPOTIFY_MAX_PAGE_SIZE,
  SPOTIFY_ROUTES,
  SPOTIFY_TOKEN_URL,
  type SpotifyRoute,
  type SpotifyRouteName,
} from './endpoints.js';
export {
  isSpotifyOwnerPremiumRequired,
  mapSpotifyError,
  mapSpotifyTokenError,
  readSpotifyErrorMessage,
  type SpotifyErrorBody,
  SpotifyPremiumRequiredError,
  SpotifyRefreshTokenExpiredError,
  spotifyErrorBodySchema,
} from './errors.js';
export {
  type ActivitySoundtrack,
  joinPlaysToActivities,
  type SoundtrackOptions,
  soundtrackOf,
} from './mapper/soundtrack.js';
export { type MapSpotifyPlayOptions, mapSpotifyPlay } from './mapper/to-play.js';
export { type MapSpotifyProfileOptions, mapSpotifyProfile } from './mapper/to-profile.js';
export { spotify } from './provider.js';
export { createSpotifyRateLimitPolicy, type SpotifyRateLimitPolicyOptions } from './rate-limit.js';
export { validateSpotifyRedirectUri } from './redirect-uri.js';
export type { SpotifyMeResource } from './resources/me.js';
export type { SpotifyPlayerOptions, SpotifyPlayerResource } from './resources/player.js';
export type {
  SpotifyPlaylistItemsListOptions,
  SpotifyPlaylistItemsResource,
  SpotifyPlaylistsResource,
} from './resources/playlists.js';
export type {
  SpotifyPlayCursor,
  SpotifyRecentlyPlayedListOptions,
  SpotifyRecentlyPlayedResource,
} from './resources/recently-played.js';
export type { SpotifyOffsetCursor, SpotifyOffsetListOptions } from './resources/shared.js';
export type { SpotifyTopListOptions, SpotifyTopResource } from './resources/top.js';
export type { SpotifyTrackOptions, SpotifyTracksResource } from './resources/tracks.js';
export {
  type SpotifyContext,
  type SpotifyEpisode,
  type SpotifyExternalUrls,
  type SpotifyImage,
  type SpotifySimplifiedAlbum,
  type SpotifySimplifiedArtist,
  spotifyContextSchema,
  spotifyEpisodeSchema,
  spotifyExternalUrlsSchema,
  spotifyImageSchema,
  spotifySimplifiedAlbumSchema,
  spotifySimplifiedArtistSchema,
} from './schemas/common.js';
export { type SpotifyPage, spotifyPagingSchema } from './schemas/paging.js';
export {
  type SpotifyCurrentlyPlaying,
  type SpotifyDevice,
  type SpotifyPlayable,
  type SpotifyPlaybackState,
  spotifyCurrentlyPlayingSchema,
  spotifyDeviceSchema,
  spotifyPlayableSchema,
  spotifyPlaybackStateSchema,
} from './schemas/player.js';
export {
  type SpotifyPlaylist,
  type SpotifyPlaylistItem,
  type SpotifyPlaylistItems,
  type SpotifyPlaylists,
  spotifyPlaylistItemSchema,
  spotifyPlaylistItemsSchema,
  spotifyPlaylistSchema,
  spotifyPlaylistsSchema,
} from './schemas/playlist.js';
export {
  type SpotifyCursors,
  type SpotifyPlayHistory,
  type SpotifyRecentlyPlayed,
  spotifyCursorsSchema,
  spotifyPlayHistorySchema,
  spotifyRecentlyPlayedSchema,
} from './schemas/recently-played.js';
export {
  type SpotifyArtist,
  type SpotifyTimeRange,
  type SpotifyTopArtists,
  type SpotifyTopTracks,
  spotifyArtistSchema,
  spotifyTopArtistsSchema,
  spotifyTopTracksSchema,
} from './schemas/top.js';
export {
  type SpotifySeveralTracks,
  type SpotifyTrack,
  spotifySeveralTracksSchema,
  spotifyTrackSchema,
} from './schemas/track.js';
export { type SpotifyUser, spotifyUserSchema } from './schemas/user.js';
export { SPOTIFY_DEFAULT_SCOPES, SPOTIFY_SCOPES, type SpotifyScope } from './scopes.js';
export type { SpotifyListPlaysOptions, SpotifySources } from './sources.js';
