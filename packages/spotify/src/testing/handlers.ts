import { routePath, routeScopes } from '@fitlink/core';
import type { AuthenticatedToken, FakeAuthorizationServer } from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import { SPOTIFY_API_BASE_URL, SPOTIFY_ROUTES, type SpotifyRouteName } from '../endpoints.js';
import type { SpotifyTimeRange } from '../schemas/top.js';
import type { SpotifyScope } from '../scopes.js';
import type { SpotifyFake, SpotifyNowPlaying } from './fake.js';

const WINDOW_MS = 30_000;

// Spotify also answers currently-playing to a token that has only user-read-playback-state.
const ALSO_GRANTED_BY: Partial<Record<SpotifyScope, SpotifyScope>> = {
  'user-read-currently-playing': 'user-read-playback-state',
};

// Catalog routes answer app-only (client credentials) tokens too; the rest need a user.
const APP_ONLY_ROUTES: ReadonlySet<SpotifyRouteName> = new Set(['track', 'tracks']);

/** Behaviour switches of the Spotify sandbox; change them at any time during a test. */
export interface SpotifySandboxKnobs {
  /** What plays now: `null` makes `/me/player` and `/me/player/currently-playing` answer 204. */
  nowPlaying: SpotifyNowPlaying | null;
  /**
   * Requests the app may make per rolling 30-second window before Spotify answers 429 with
   * `Retry-After`; `null` for no limit (Spotify does not publish its number).
   */
  requestsPerWindow: number | null;
}

/** Counters of the Spotify API handlers. */
export interface SpotifySandboxStats {
  /** Answered API requests by path (`/v1/me/player/recently-played` …), 429s included. */
  readonly requests: Record<string, number>;
  /** 429s answered by the rolling window. */
  rateLimited: number;
}

/** Options of {@link createSpotifyHandlers}. */
export interface SpotifyHandlersOptions {
  /** The fake accounts service, which validates bearer tokens. */
  auth: FakeAuthorizationServer;
  /** The fake data. */
  fake: SpotifyFake;
  /** Shared knobs. @defaultValue nothing playing, no rate limit */
  knobs?: SpotifySandboxKnobs;
  /** Time source of the rolling window and `timestamp`s, epoch ms. @defaultValue Date.now */
  clock?: () => number;
}

/** The Spotify API handlers with their knobs and counters. */
export interface SpotifyHandlers {
  /** msw handlers of every endpoint the client calls, on `https://api.spotify.com/v1`. */
  readonly handlers: HttpHandler[];
  /** Behaviour switches. */
  readonly knobs: SpotifySandboxKnobs;
  /** Counters. */
  readonly stats: SpotifySandboxStats;
}

/** A Web API error body: `{"error":{"status":…,"message":…}}`. */
function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { status, message } }, { status, headers });
}

function intParam(
  url: URL,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** An offset paging object of `items`, with `next`/`previous` URLs as Spotify builds them. */
function offsetPage<T>(
  url: URL,
  items: readonly T[],
  extra: Record<string, string> = {},
): Response {
  const limit = intParam(url, 'limit', 20, 1, 50);
  const offset = intParam(url, 'offset', 0, 0, 100_000);
  if (limit === null) return apiError(400, 'Invalid limit');
  if (offset === null) return apiError(400, 'Invalid offset');
  const link = (at: number) => {
    const target = new URL(`${url.origin}${url.pathname}`);
    target.searchParams.set('offset', String(at));
    target.searchParams.set('limit', String(limit));
    for (const [name, value] of Object.entries(extra)) target.searchParams.set(name, value);
    return target.href;
  };
  return Response.json({
    href: link(offset),
    items: items.slice(offset, offset + limit),
    limit,
    next: offset + limit < items.length ? link(offset + limit) : null,
    offset,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total: items.length,
  });
}

/**
 * Creates the msw handlers of the Spotify Web API endpoints fitlink calls, rendering the fake
 * in Spotify's exact shape: cursor-paged recently played over the last 50 plays only (one of
 * `after`/`before`, limit ≤ 50), 204 from the player when nothing plays, top items per time
 * range, playlists and playlist items, tracks; Spotify's error bodies, "Insufficient client
 * scope" 403s, and 429 with `Retry-After` when the rolling-window knob is spent.
 *
 * @param options - The authorization server, the fake, knobs and clock.
 *
 * @example
 * ```ts
 * const auth = createFakeAuthorizationServer({ baseUrl: 'https://accounts.spotify.com' });
 * const spotify = createSpotifyHandlers({ auth, fake: createSpotifyFake({ now }) });
 * const server = setupServer(...auth.handlers, ...spotify.handlers);
 * ```
 */
export function createSpotifyHandlers(options: SpotifyHandlersOptions): SpotifyHandlers {
  const { auth, fake } = options;
  const clock = options.clock ?? (() => Date.now());
  const knobs: SpotifySandboxKnobs = options.knobs ?? { nowPlaying: null, requestsPerWindow: null };
  const stats: SpotifySandboxStats = { requests: {}, rateLimited: 0 };
  const window: number[] = [];

  type Handler = (url: URL, token: AuthenticatedToken, params: Record<string, string>) => Response;
  const granted = (token: AuthenticatedToken, scope: SpotifyScope): boolean => {
    const alternative = ALSO_GRANTED_BY[scope];
    return (
      token.scope.includes(scope) ||
      (alternative !== undefined && token.scope.includes(alternative))
    );
  };
  // The URL (msw reads the same `:param` syntax) and the scope come from the route table.
  const route = (name: SpotifyRouteName, handle: Handler): HttpHandler => {
    const definition = SPOTIFY_ROUTES[name];
    const scopes = routeScopes(definition);
    const userOnly = !APP_ONLY_ROUTES.has(name);
    const method = definition.method.toLowerCase() as Lowercase<typeof definition.method>;
    return http[method](`${SPOTIFY_API_BASE_URL}/${definition.path}`, ({ request, params }) => {
      const url = new URL(request.url);
      stats.requests[url.pathname] = (stats.requests[url.pathname] ?? 0) + 1;
      const now = clock();
      while (window.length > 0 && (window[0] ?? 0) <= now - WINDOW_MS) window.shift();
      if (knobs.requestsPerWindow !== null && window.length >= knobs.requestsPerWindow) {
        stats.rateLimited += 1;
        const retryAfter = Math.max(1, Math.ceil(((window[0] ?? now) + WINDOW_MS - now) / 1000));
        return apiError(429, 'API rate limit exceeded', { 'Retry-After': String(retryAfter) });
      }
      window.push(now);
      const token = auth.authenticate(request);
      if (token === null) {
        const missing = !request.headers.has('authorization');
        const message = missing ? 'No token provided' : 'Invalid access token';
        return apiError(401, message, {
          'WWW-Authenticate': `Bearer realm="spotify", error="invalid_token", error_description="${message}"`,
        });
      }
      if (userOnly && token.userId === null) {
        return apiError(403, 'User authentication required: an app-only token has no user');
      }
      if (!scopes.every((scope) => granted(token, scope))) {
        return apiError(403, 'Insufficient client scope');
      }
      return handle(url, token, params as Record<string, string>);
    });
  };

  const handlers: HttpHandler[] = [
    route('me', (_url, token) => {
      const user = auth.users.find((candidate) => candidate.id === token.userId);
      return user ? Response.json(fake.user(user)) : apiError(404, 'Non existing id');
    }),
    route('recentlyPlayed', (url) => {
      const limit = intParam(url, 'limit', 20, 1, 50);
      if (limit === null) return apiError(400, 'Invalid limit');
      const after = url.searchParams.get('after');
      const before = url.searchParams.get('before');
      if (after !== null && before !== null) {
        return apiError(400, 'Only one of after and before may be specified');
      }
      const history = fake.recentHistory();
      const time = (index: number) => Date.parse(history[index]?.played_at ?? '');
      let page: typeof history;
      if (after !== null) {
        // The `limit` plays right after the cursor, newest first like every page.
        const newer = history.filter((_, index) => time(index) > Number(after));
        page = newer.slice(Math.max(0, newer.length - limit));
      } else {
        const cut = before === null ? Number.POSITIVE_INFINITY : Number(before);
        page = history.filter((_, index) => time(index) < cut).slice(0, limit);
      }
      const newest = page[0] ? Date.parse(page[0].played_at) : undefined;
      const oldest = page.at(-1) ? Date.parse(page.at(-1)?.played_at ?? '') : undefined;
      const link = (name: string, value: number) =>
        `${SPOTIFY_API_BASE_URL}/${routePath(SPOTIFY_ROUTES.recentlyPlayed)}?${name}=${value}&limit=${limit}`;
      let next: string | null = null;
      if (
        after !== null &&
        newest !== undefined &&
        Date.parse(history[0]?.played_at ?? '') > newest
      ) {
        next = link('after', newest);
      } else if (
        after === null &&
        oldest !== undefined &&
        history.some((item) => Date.parse(item.played_at) < oldest)
      ) {
        next = link('before', oldest);
      }
      return Response.json({
        items: page,
        next,
        cursors:
          newest === undefined || oldest === undefined
            ? null
            : { after: String(newest), before: String(oldest) },
        limit,
        href: url.href,
      });
    }),
    route('currentlyPlaying', () =>
      knobs.nowPlaying === null
        ? new Response(null, { status: 204 })
        : Response.json(fake.currentlyPlaying(knobs.nowPlaying, clock())),
    ),
    route('playbackState', () =>
      knobs.nowPlaying === null
        ? new Response(null, { status: 204 })
        : Response.json(fake.playbackState(knobs.nowPlaying, clock())),
    ),
    ...(['artists', 'tracks'] as const).map((type) =>
      route(type === 'artists' ? 'topArtists' : 'topTracks', (url) => {
        const timeRange = (url.searchParams.get('time_range') ?? 'medium_term') as SpotifyTimeRange;
        if (!['short_term', 'medium_term', 'long_term'].includes(timeRange)) {
          return apiError(400, 'Invalid time range');
        }
        const items: readonly unknown[] =
          type === 'artists' ? fake.topArtists(timeRange) : fake.topTracks(timeRange);
        return offsetPage(url, items, { time_range: timeRange });
      }),
    ),
    route('myPlaylists', (_url, token) => {
      const url = _url;
      // Without playlist-read-private only public playlists are listed.
      const all = token.scope.includes('playlist-read-private');
      const listed = fake.playlists.filter((entry) => all || entry.playlist.public === true);
      return offsetPage(
        url,
        listed.map((entry) => entry.playlist),
      );
    }),
    route('playlistItems', (url, _token, params) => {
      const entry = fake.playlists.find((candidate) => candidate.playlist.id === params.playlistId);
      return entry ? offsetPage(url, entry.items) : apiError(404, 'Resource not found');
    }),
    route('track', (_url, _token, params) => {
      const track = fake.track(params.trackId ?? '');
      return track ? Response.json(track) : apiError(404, 'Resource not found');
    }),
    // Removed for development-mode apps in February 2026; served as extended-quota apps see it.
    route('tracks', (url) => {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > 50) return apiError(400, 'Invalid ids');
      return Response.json({ tracks: ids.map((id) => fake.track(id) ?? null) });
    }),
  ];
  return { handlers, knobs, stats };
}
