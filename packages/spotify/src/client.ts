import {
  type AsyncRateLimitPolicy,
  type ConnectionSettings,
  connectionAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  systemClock,
} from '@fitlink/core';
import type { SpotifyApp } from './app.js';
import type { SpotifyConsentStatus } from './consent.js';
import { SPOTIFY_API_BASE_URL } from './endpoints.js';
import { mapSpotifyError } from './errors.js';
import { createSpotifyRateLimitPolicy } from './rate-limit.js';
import { createMeResource, type SpotifyMeResource } from './resources/me.js';
import { createPlayerResource, type SpotifyPlayerResource } from './resources/player.js';
import {
  createPlaylistItemsResource,
  createPlaylistsResource,
  type SpotifyPlaylistItemsResource,
  type SpotifyPlaylistsResource,
} from './resources/playlists.js';
import {
  createRecentlyPlayedResource,
  type SpotifyRecentlyPlayedResource,
} from './resources/recently-played.js';
import {
  createTopArtistsResource,
  createTopTracksResource,
  type SpotifyTopResource,
} from './resources/top.js';
import { createTracksResource, type SpotifyTracksResource } from './resources/tracks.js';
import type { SpotifyArtist } from './schemas/top.js';
import type { SpotifyTrack } from './schemas/track.js';
import { createSpotifySources, type SpotifySources } from './sources.js';

/** Settings of {@link createSpotifyClient}. */
export interface SpotifyClientSettings extends ConnectionSettings, ProviderClientOptions {
  /** The Spotify app: refreshes the connection's tokens (single-flight). */
  app: SpotifyApp;
  /** The Web API base URL. @defaultValue {@link SPOTIFY_API_BASE_URL} (`https://api.spotify.com/v1`) */
  baseUrl?: string;
  /** Rate-limit policy; share one per app (Spotify counts per app). @defaultValue a new {@link createSpotifyRateLimitPolicy} */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /**
   * Called once per client, after its first successful request, when the connection is within
   * `consentWarningMs` of the six-month refresh-token end (or past it): ask the user to
   * authorize again.
   */
  onReauthorizeSoon?: (status: SpotifyConsentStatus) => void;
  /** The warning window of `onReauthorizeSoon`. @defaultValue 14 days */
  consentWarningMs?: number;
}

/** A Spotify client for one connected user. */
export interface SpotifyClient extends SpotifySources {
  /** Always `'spotify'`. */
  readonly provider: 'spotify';
  /** The underlying HTTP client, for endpoints the package does not wrap (relative paths resolve against the `baseUrl`, `https://api.spotify.com/v1/` by default). */
  readonly http: HttpClient;
  /** The connected user (`/me`). */
  readonly me: SpotifyMeResource;
  /** The play history (`/me/player/recently-played`). */
  readonly recentlyPlayed: SpotifyRecentlyPlayedResource;
  /** What plays now (`/me/player`, `/me/player/currently-playing`). */
  readonly player: SpotifyPlayerResource;
  /** Top artists (`/me/top/artists`). */
  readonly topArtists: SpotifyTopResource<SpotifyArtist>;
  /** Top tracks (`/me/top/tracks`). */
  readonly topTracks: SpotifyTopResource<SpotifyTrack>;
  /** The user's playlists (`/me/playlists`). */
  readonly playlists: SpotifyPlaylistsResource;
  /** A playlist's items (`/playlists/{id}/items`). */
  readonly playlistItems: SpotifyPlaylistItemsResource;
  /** Catalog tracks (`/tracks/{id}`). */
  readonly tracks: SpotifyTracksResource;
  /** Where the stored connection stands against the six-month refresh-token end. */
  consentStatus(): Promise<SpotifyConsentStatus>;
}

/**
 * Creates a Spotify client for one stored connection: bearer tokens refreshed before expiry and
 * once after a 401 (single-flight, the rotated refresh token stored before the retry), 429s
 * waited out per `Retry-After`, 5xx retried for reads, and every answer validated.
 *
 * @param settings - The app, the token store and connection key, and HTTP options.
 *
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createSpotifyApp, createSpotifyClient } from '@fitlink/spotify';
 * const app = createSpotifyApp({ clientId: 'id', redirectUri: 'http://127.0.0.1:4317/callback' });
 * const client = createSpotifyClient({ app, store: createMemoryTokenStore(), key: 'spotify:user-1' });
 * for await (const play of client.listPlays({})) console.log(play.trackName);
 * ```
 */
export function createSpotifyClient(settings: SpotifyClientSettings): SpotifyClient {
  const { app, store, key } = settings;
  const clock = settings.clock ?? systemClock;
  const http = createHttpClient({
    provider: 'spotify',
    baseUrl: settings.baseUrl ?? SPOTIFY_API_BASE_URL,
    auth: connectionAuth({
      provider: 'spotify',
      store,
      key,
      refresher: app,
      clock,
      ...(settings.hooks ? { hooks: settings.hooks } : {}),
      ...(settings.onPersistFailure ? { onPersistFailure: settings.onPersistFailure } : {}),
    }),
    rateLimit: settings.rateLimitPolicy ?? createSpotifyRateLimitPolicy(),
    mapError: mapSpotifyError,
    ...passThroughHttpSettings(settings),
    clock,
  });

  const consentStatus = async (): Promise<SpotifyConsentStatus> => {
    const tokens = await store.get(key);
    return app.consentStatus(
      tokens ?? { accessToken: 'none' },
      settings.consentWarningMs === undefined ? {} : { warnBeforeMs: settings.consentWarningMs },
    );
  };

  // Checks the six-month consent once, after the first successful request.
  let consentChecked = false;
  const watched: HttpClient = {
    provider: http.provider,
    async request(options) {
      const result = await http.request(options);
      if (!consentChecked && settings.onReauthorizeSoon) {
        consentChecked = true;
        const status = await consentStatus();
        if (status.reauthorizeSoon) settings.onReauthorizeSoon(status);
      }
      return result;
    },
  };

  const resources = {
    me: createMeResource(watched),
    recentlyPlayed: createRecentlyPlayedResource(watched, clock),
    player: createPlayerResource(watched),
    topArtists: createTopArtistsResource(watched),
    topTracks: createTopTracksResource(watched),
    playlists: createPlaylistsResource(watched),
    playlistItems: createPlaylistItemsResource(watched),
    tracks: createTracksResource(watched),
  };
  return {
    // `provider` and `listPlays` come from the sources.
    ...createSpotifySources(resources),
    http: watched,
    ...resources,
    consentStatus,
  };
}
