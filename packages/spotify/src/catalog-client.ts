import {
  type AsyncRateLimitPolicy,
  clientCredentialsAuth,
  createHttpClient,
  type HttpClient,
  type ProviderClientOptions,
  passThroughHttpSettings,
  systemClock,
} from '@fitlink/core';
import type { SpotifyApp } from './app.js';
import { SPOTIFY_API_BASE_URL } from './endpoints.js';
import { mapSpotifyError } from './errors.js';
import { createSpotifyRateLimitPolicy } from './rate-limit.js';
import { createTracksResource, type SpotifyTracksResource } from './resources/tracks.js';

/** Settings of {@link createSpotifyCatalogClient}. */
export interface SpotifyCatalogClientSettings extends ProviderClientOptions {
  /** A confidential Spotify app (with a client secret). */
  app: SpotifyApp;
  /** The Web API base URL. @defaultValue {@link SPOTIFY_API_BASE_URL} (`https://api.spotify.com/v1`) */
  baseUrl?: string;
  /** The fetch to use. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Rate-limit policy; share the app's. @defaultValue a new {@link createSpotifyRateLimitPolicy} */
  rateLimitPolicy?: AsyncRateLimitPolicy;
}

/** An app-only Spotify client (client credentials): catalog data, no user data. */
export interface SpotifyCatalogClient {
  /** Always `'spotify'`. */
  readonly provider: 'spotify';
  /** The underlying HTTP client, for other catalog endpoints. */
  readonly http: HttpClient;
  /** Catalog tracks. */
  readonly tracks: SpotifyTracksResource;
}

/**
 * Creates an app-only client with the client credentials grant, for catalog reads such as
 * `GET /tracks/{id}` without a connected user (server apps only: it needs the client secret).
 *
 * @param settings - A confidential app and HTTP options.
 *
 * @example
 * ```ts
 * import { createSpotifyApp, createSpotifyCatalogClient } from '@fitlink/spotify';
 * const app = createSpotifyApp({ clientId: 'id', clientSecret: 'secret', redirectUri: 'https://example.com/callback' });
 * const catalog = createSpotifyCatalogClient({ app });
 * const track = await catalog.tracks.get('11dFghVXANMlKmJXsNCbNl');
 * ```
 */
export function createSpotifyCatalogClient(
  settings: SpotifyCatalogClientSettings,
): SpotifyCatalogClient {
  const clock = settings.clock ?? systemClock;
  const http = createHttpClient({
    provider: 'spotify',
    baseUrl: settings.baseUrl ?? SPOTIFY_API_BASE_URL,
    auth: clientCredentialsAuth({ app: settings.app, clock }),
    rateLimit: settings.rateLimitPolicy ?? createSpotifyRateLimitPolicy(),
    mapError: mapSpotifyError,
    ...passThroughHttpSettings(settings),
    clock,
  });
  return { provider: 'spotify', http, tracks: createTracksResource(http) };
}
