import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { spotifyCurrentlyPlayingSchema, spotifyPlaybackStateSchema } from './schemas/player.js';
import { spotifyPlaylistItemsSchema, spotifyPlaylistsSchema } from './schemas/playlist.js';
import { spotifyRecentlyPlayedSchema } from './schemas/recently-played.js';
import { spotifyTopArtistsSchema, spotifyTopTracksSchema } from './schemas/top.js';
import { spotifySeveralTracksSchema, spotifyTrackSchema } from './schemas/track.js';
import { spotifyUserSchema } from './schemas/user.js';
import type { SpotifyScope } from './scopes.js';

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

/** The largest `limit` Spotify accepts on paged endpoints (recently played, top items, playlists). */
export const SPOTIFY_MAX_PAGE_SIZE = 50;

/** A route of {@link SPOTIFY_ROUTES}: core's route definition, keeping its answer's schema type. */
export interface SpotifyRoute<S extends zc.$ZodType | null = zc.$ZodType | null>
  extends RouteDefinition<SpotifyScope> {
  /**
   * The scope the route needs, or `null` when any token will do. A list means any one of its
   * scopes (Spotify's "any of": currently playing answers either scope), not every one.
   */
  readonly scope: SpotifyScope | readonly SpotifyScope[] | null;
  /** Schema of a successful answer's JSON body, or `null` when it has none. */
  readonly response: S;
}

// Each entry is a named `SpotifyRoute`, so the docs show one documented type, not 10 literals.
const route = <S extends zc.$ZodType | null>(definition: SpotifyRoute<S>): SpotifyRoute<S> =>
  definition;

/**
 * The Web API routes the package reads, relative to {@link SPOTIFY_API_BASE_URL}: method, path,
 * the scopes Spotify accepts (any one of a list) and the schema of the answer. Resources, the
 * sandbox and tests read this one table.
 *
 * @see https://developer.spotify.com/documentation/web-api/reference
 */
export const SPOTIFY_ROUTES = defineRoutes<SpotifyScope>()({
  /** `GET /me`: the current user's profile. */
  me: route({ method: 'GET', path: 'me', scope: null, response: spotifyUserSchema }),
  /** `GET /me/player/recently-played`: cursor-paged play history (the last 50 plays). */
  recentlyPlayed: route({
    method: 'GET',
    path: 'me/player/recently-played',
    scope: 'user-read-recently-played',
    response: spotifyRecentlyPlayedSchema,
  }),
  /**
   * `GET /me/player/currently-playing`: the item playing now (204 when nothing plays). Spotify
   * also answers it to a token with only `user-read-playback-state`.
   */
  currentlyPlaying: route({
    method: 'GET',
    path: 'me/player/currently-playing',
    scope: ['user-read-currently-playing', 'user-read-playback-state'],
    response: spotifyCurrentlyPlayingSchema,
  }),
  /** `GET /me/player`: playback state with device (204 when no playback is active). */
  playbackState: route({
    method: 'GET',
    path: 'me/player',
    scope: 'user-read-playback-state',
    response: spotifyPlaybackStateSchema,
  }),
  /** `GET /me/top/artists`: top artists by affinity. */
  topArtists: route({
    method: 'GET',
    path: 'me/top/artists',
    scope: 'user-top-read',
    response: spotifyTopArtistsSchema,
  }),
  /** `GET /me/top/tracks`: top tracks by affinity. */
  topTracks: route({
    method: 'GET',
    path: 'me/top/tracks',
    scope: 'user-top-read',
    response: spotifyTopTracksSchema,
  }),
  /** `GET /me/playlists`: playlists the user owns or follows; without `playlist-read-private` only public ones. */
  myPlaylists: route({
    method: 'GET',
    path: 'me/playlists',
    scope: null,
    response: spotifyPlaylistsSchema,
  }),
  /** `GET /playlists/{id}/items` (the February 2026 replacement of `/playlists/{id}/tracks`). */
  playlistItems: route({
    method: 'GET',
    path: 'playlists/:playlistId/items',
    scope: null,
    response: spotifyPlaylistItemsSchema,
  }),
  /** `GET /tracks/{id}`: one track (any token, app-only included). */
  track: route({
    method: 'GET',
    path: 'tracks/:trackId',
    scope: null,
    response: spotifyTrackSchema,
  }),
  /** `GET /tracks?ids=`: several tracks (removed for development-mode apps in February 2026). */
  tracks: route({
    method: 'GET',
    path: 'tracks',
    scope: null,
    response: spotifySeveralTracksSchema,
  }),
});

/** A route name of {@link SPOTIFY_ROUTES}. */
export type SpotifyRouteName = keyof typeof SPOTIFY_ROUTES;
