import {
  type Clock,
  createHttpClient,
  type HttpClient,
  type HttpHooks,
  isExpired,
  type RateLimitPolicy,
  type RequestAuth,
  systemClock,
  type TokenSet,
} from '@fitlink/core';
import type { SpotifyApp } from './app.js';
import { SPOTIFY_API_BASE_URL } from './endpoints.js';
import { mapSpotifyError } from './errors.js';
import { createSpotifyRateLimitPolicy } from './rate-limit.js';
import { createTracksResource, type SpotifyTracksResource } from './resources/tracks.js';

/** Settings of {@link createSpotifyCatalogClient}. */
export interface SpotifyCatalogClientSettings {
  /** A confidential Spotify app (with a client secret). */
  app: SpotifyApp;
  /** The fetch to use. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Time source. @defaultValue systemClock */
  clock?: Clock;
  /** Request observers (redacted events). */
  hooks?: HttpHooks;
  /** Per-attempt timeout in milliseconds. @defaultValue 30000 */
  timeoutMs?: number;
  /** Longest `Retry-After` wait before throwing `RateLimitError`. @defaultValue 60000 */
  maxRateLimitWaitMs?: number;
  /** Rate-limit policy; share the app's. @defaultValue a new {@link createSpotifyRateLimitPolicy} */
  rateLimitPolicy?: RateLimitPolicy;
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
 * Bearer auth from the client credentials grant: a token is fetched on first use, fetched again
 * a minute before it expires and once after a 401, one request at a time.
 */
function clientCredentialsAuth(app: SpotifyApp, clock: Clock): RequestAuth {
  let current: Promise<TokenSet> | undefined;
  let seen: TokenSet | undefined;
  const fetchToken = (signal?: AbortSignal): Promise<TokenSet> => {
    const pending = app.clientCredentials(signal ? { signal } : {}).then((tokens) => {
      seen = tokens;
      return tokens;
    });
    current = pending;
    pending.catch(() => {
      if (current === pending) current = undefined;
    });
    return pending;
  };
  return {
    async apply(request, signal) {
      let tokens = await (current ?? fetchToken(signal));
      if (isExpired(tokens, clock.now())) tokens = await fetchToken(signal);
      request.headers.set('authorization', `Bearer ${tokens.accessToken}`);
      return { credential: tokens.accessToken };
    },
    async recover(attempt, signal) {
      const latest = await current;
      if (latest && latest.accessToken !== attempt.credential) return true;
      const next = await fetchToken(signal);
      return next.accessToken !== attempt.credential;
    },
    secrets: () => [...app.secrets(), ...(seen ? [seen.accessToken] : [])],
  };
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
    baseUrl: SPOTIFY_API_BASE_URL,
    auth: clientCredentialsAuth(settings.app, clock),
    rateLimit: settings.rateLimitPolicy ?? createSpotifyRateLimitPolicy(),
    mapError: mapSpotifyError,
    clock,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.hooks ? { hooks: settings.hooks } : {}),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.maxRateLimitWaitMs === undefined
      ? {}
      : { maxRateLimitWaitMs: settings.maxRateLimitWaitMs }),
  });
  return { provider: 'spotify', http, tracks: createTracksResource(http) };
}
