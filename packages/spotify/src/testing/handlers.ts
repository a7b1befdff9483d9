import {
  type BudgetDecision,
  createProviderApi,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  type ProviderSandboxParts,
  type RouteAnswer,
  type WindowBudget,
} from '@fitlink/testing';
import type { HttpHandler } from 'msw';
import { SPOTIFY_API_BASE_URL, SPOTIFY_ROUTES, type SpotifyRouteName } from '../endpoints.js';
import type { SpotifyCurrentlyPlaying, SpotifyPlaybackState } from '../schemas/player.js';
import type { SpotifyPlaylistItems, SpotifyPlaylists } from '../schemas/playlist.js';
import type { SpotifyRecentlyPlayed } from '../schemas/recently-played.js';
import type { SpotifyTimeRange, SpotifyTopArtists, SpotifyTopTracks } from '../schemas/top.js';
import type { SpotifySeveralTracks, SpotifyTrack } from '../schemas/track.js';
import type { SpotifyUser } from '../schemas/user.js';
import type { SpotifyFake, SpotifyNowPlaying } from './fake.js';
import { spotifyOffsetPage, spotifyRecentlyPlayedPage } from './paging-answers.js';
import { createSpotifyPolicyHandlers } from './policy.js';

/** Behaviour switches of the Spotify sandbox; change them at any time during a test. */
export interface SpotifySandboxKnobs {
  /** What plays now: `null` makes `/me/player` and `/me/player/currently-playing` answer 204. */
  nowPlaying: SpotifyNowPlaying | null;
  /**
   * The app's request budget: one window `app` of 30 seconds, starting at the first request,
   * with no limit by default (Spotify does not publish its number). Set `limits.app` (or call
   * `spend('app')`) and requests past it are answered 429 with `Retry-After` until the window
   * ends. Spotify's real window rolls; the sandbox's restarts, which gives the same answers for
   * a burst.
   */
  readonly rateLimit: WindowBudget;
  /**
   * Whether the development-mode app's owner has Spotify Premium; `false` answers every Web API
   * call with 403 "Upgrade to Spotify Premium required …" (since 2026-03-09).
   * @defaultValue true
   */
  ownerPremium: boolean;
  /**
   * Whether refresh tokens have ended (six months after the user authorized, since 2026-07-20);
   * `true` answers every refresh with `400 invalid_grant` "Refresh token expired".
   * @defaultValue false
   */
  refreshTokenExpired: boolean;
}

/** What {@link createSpotifyHandlers} builds from: the kit's parts, and the player's clock. */
export interface SpotifyHandlersOptions
  extends ProviderSandboxParts<SpotifyFake, SpotifySandboxKnobs, ProviderApiStats> {
  /** Time source of the player's `timestamp`, epoch ms. @defaultValue Date.now */
  readonly clock?: (() => number) | undefined;
}

/** A Web API error body: `{"error":{"status":…,"message":…}}`. */
function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { status, message } }, { status, headers });
}

/** Spotify's error answers, in the Web API's shape. */
const SPOTIFY_API_ERRORS: ProviderErrorAnswers = {
  unauthorized: ({ request }) => {
    const message = request.headers.has('authorization')
      ? 'Invalid access token'
      : 'No token provided';
    return apiError(401, message, {
      'WWW-Authenticate': `Bearer realm="spotify", error="invalid_token", error_description="${message}"`,
    });
  },
  forbidden: () => apiError(403, 'Insufficient client scope'),
  rateLimited: () => apiError(429, 'API rate limit exceeded'),
  notFound: ({ name }) => apiError(404, name === 'me' ? 'Non existing id' : 'Resource not found'),
  badRequest: (message) => apiError(400, message),
};

// Spotify sends no budget headers: only `Retry-After` on a 429, the seconds to the window's end.
function rateLimitHeaders({ window, now }: BudgetDecision): Record<string, string> {
  if (window === undefined) return {};
  return { 'Retry-After': String(Math.max(1, Math.ceil((window.resetAt - now) / 1000))) };
}

// An app-only (client credentials) token has no user: only the catalog routes (`track`,
// `tracks`) answer it, the others are wrapped in this. On a route with a scope the kit's scope
// check comes first, so there it gets "Insufficient client scope" (also a 403).
const forUsers =
  (answer: RouteAnswer): RouteAnswer =>
  (context) =>
    context.token?.userId === null
      ? apiError(403, 'User authentication required: an app-only token has no user')
      : answer(context);

const TIME_RANGES: readonly string[] = ['short_term', 'medium_term', 'long_term'];

/**
 * Creates the msw handlers of the Spotify Web API routes fitlink calls (`SPOTIFY_ROUTES`, on
 * `@fitlink/testing`'s provider API), rendering the fake in Spotify's exact shape: cursor-paged
 * recently played over the last 50 plays only (one of `after`/`before`, limit ≤ 50), 204 from
 * the player when nothing plays, top items per time range, playlists and playlist items,
 * tracks; Spotify's error bodies, "Insufficient client scope" 403s (a list of route scopes is
 * "any of"), 403 for an app-only token on a user route, and 429 with `Retry-After` when the
 * rate-limit knob is spent. Before them, the `ownerPremium` and `refreshTokenExpired` knobs'
 * answers (see `createSpotifyPolicyHandlers`).
 *
 * @param options - The sandbox's parts (accounts service, fake, knobs, counters, context) and
 *   the player's clock.
 *
 * @example
 * ```ts
 * // The API half of spotifySandboxPlugin:
 * createProviderSandboxPlugin({ …, api: (parts) => createSpotifyHandlers(parts) });
 * ```
 */
export function createSpotifyHandlers(options: SpotifyHandlersOptions): HttpHandler[] {
  const { auth, data: fake, knobs, stats, context } = options;
  const clock = options.clock ?? (() => Date.now());
  const badRequest = SPOTIFY_API_ERRORS.badRequest;
  const player = <T>(render: (nowPlaying: SpotifyNowPlaying, at: number) => T) =>
    knobs.nowPlaying === null
      ? new Response(null, { status: 204 })
      : render(knobs.nowPlaying, clock());
  // A paging answer's string is what is wrong with the request.
  const paged = <T extends object>(page: T | string): T | Response =>
    typeof page === 'string' ? badRequest(page) : page;
  const top = <T>(url: URL, list: (timeRange: SpotifyTimeRange) => T[]) => {
    const timeRange = url.searchParams.get('time_range') ?? 'medium_term';
    if (!TIME_RANGES.includes(timeRange)) return badRequest('Invalid time range');
    return paged(
      spotifyOffsetPage(list(timeRange as SpotifyTimeRange), url, { time_range: timeRange }),
    );
  };

  // Each answer declares the wire type of its route (inferred from src/schemas), so a schema
  // change breaks the sandbox at compile time.
  const answers: Record<SpotifyRouteName, RouteAnswer> = {
    me: forUsers(({ token }): SpotifyUser | undefined => {
      const user = auth.users.find((candidate) => candidate.id === token?.userId);
      return user ? fake.user(user) : undefined;
    }),
    recentlyPlayed: forUsers(({ url }): SpotifyRecentlyPlayed | Response =>
      paged(spotifyRecentlyPlayedPage(fake.recentHistory(), url)),
    ),
    currentlyPlaying: forUsers((): SpotifyCurrentlyPlaying | Response =>
      player(fake.currentlyPlaying),
    ),
    playbackState: forUsers((): SpotifyPlaybackState | Response => player(fake.playbackState)),
    topArtists: forUsers(({ url }): SpotifyTopArtists | Response => top(url, fake.topArtists)),
    topTracks: forUsers(({ url }): SpotifyTopTracks | Response => top(url, fake.topTracks)),
    myPlaylists: forUsers(({ url, token }): SpotifyPlaylists | Response => {
      // Without playlist-read-private only public playlists are listed.
      const all = token?.scope.includes('playlist-read-private') ?? false;
      const listed = fake.playlists.filter((entry) => all || entry.playlist.public === true);
      return paged(
        spotifyOffsetPage(
          listed.map((entry) => entry.playlist),
          url,
        ),
      );
    }),
    playlistItems: forUsers(({ url, params }): SpotifyPlaylistItems | Response | undefined => {
      const entry = fake.playlists.find((candidate) => candidate.playlist.id === params.playlistId);
      return entry ? paged(spotifyOffsetPage(entry.items, url)) : undefined;
    }),
    track: ({ params }): SpotifyTrack | undefined => fake.track(params.trackId ?? ''),
    // Removed for development-mode apps in February 2026; served as extended-quota apps see it.
    tracks: ({ url }): SpotifySeveralTracks | Response => {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > 50) return badRequest('Invalid ids');
      return { tracks: ids.map((id) => fake.track(id) ?? null) };
    },
  };

  const policy = createSpotifyPolicyHandlers({
    ownerPremium: () => knobs.ownerPremium,
    refreshTokenExpired: () => knobs.refreshTokenExpired,
  });
  const api = createProviderApi({
    baseUrl: SPOTIFY_API_BASE_URL,
    routes: SPOTIFY_ROUTES,
    answers,
    auth,
    errors: SPOTIFY_API_ERRORS,
    budget: knobs.rateLimit,
    rateLimitHeaders,
    scopeMatch: 'any',
    validate: context.validateAnswers,
    stats,
  });
  return [...policy, ...api.handlers];
}
