import {
  type CallOptions,
  createPaginator,
  type HttpClient,
  type PaginationControls,
  type Paginator,
  pickCallOptions,
  routePath,
} from '@fitlink/core';
import { SPOTIFY_ROUTES } from '../endpoints.js';
import type { SpotifyPlayHistory } from '../schemas/recently-played.js';
import { checkPageSize, invalidOption } from './shared.js';

/** The resumable cursor of the play history: Unix milliseconds, at most one of the two. */
export interface SpotifyPlayCursor {
  /** Fetch plays before (not including) this instant: walking back in time. */
  before?: number;
  /** Fetch plays after (not including) this instant: walking forward in time. */
  after?: number;
}

/** Options of {@link SpotifyRecentlyPlayedResource.list}. */
export interface SpotifyRecentlyPlayedListOptions extends CallOptions, PaginationControls {
  /** Plays per request, 1 to 50 (Spotify's `limit`). @defaultValue 50 (fewest requests) */
  pageSize?: number;
  /** Start with plays before this instant (Spotify's `before`); not with `after`. */
  before?: Date | number;
  /** Start with plays after this instant (Spotify's `after`) and walk forward; not with `before`. */
  after?: Date | number;
  /** Keep plays from this instant on (inclusive); paging stops once older plays show up. */
  since?: Date;
  /** Keep plays before this instant (exclusive); the first request uses it as `before`. */
  until?: Date;
}

/** `client.recentlyPlayed`: the user's play history (scope `user-read-recently-played`). */
export interface SpotifyRecentlyPlayedResource {
  /**
   * Iterates the play history (`GET /me/player/recently-played`), newest first with `before`
   * (the default) or page by page forward with `after`. Spotify keeps only the last 50 plays
   * and does not list podcast episodes.
   *
   * @throws `FitlinkError` with code `invalid_argument` for both `after` and `before`, or a `pageSize` outside 1–50.
   * @example
   * ```ts
   * for await (const item of client.recentlyPlayed.list({ since: new Date(Date.now() - 86_400_000) })) {
   *   console.log(item.played_at, item.track.name);
   * }
   * ```
   */
  list(
    options?: SpotifyRecentlyPlayedListOptions,
  ): Paginator<SpotifyPlayHistory, SpotifyPlayCursor>;
}

const toMs = (value: Date | number): number =>
  typeof value === 'number' ? value : value.getTime();

/** Builds `client.recentlyPlayed`. */
export function createRecentlyPlayedResource(http: HttpClient): SpotifyRecentlyPlayedResource {
  return {
    list(options = {}) {
      if (options.after !== undefined && options.before !== undefined) {
        // Spotify: "If after is specified, before must not be specified" (and the reverse).
        throw invalidOption('recently played accepts only one of after and before');
      }
      const limit = checkPageSize(options.pageSize);
      const since = options.since?.getTime();
      const until = options.until?.getTime();
      const forward = options.after !== undefined;
      const before = options.before ?? options.until;
      const start: SpotifyPlayCursor = forward
        ? { after: toMs(options.after as Date | number) }
        : before === undefined
          ? {}
          : { before: toMs(before) };
      const route = SPOTIFY_ROUTES.recentlyPlayed;
      const inRange = (playedAt: number) =>
        (since === undefined || playedAt >= since) && (until === undefined || playedAt < until);

      return createPaginator<SpotifyPlayHistory, SpotifyPlayCursor>({
        start,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
        fetchPage: async (cursor, signal) => {
          const { data } = await http.request({
            method: route.method,
            path: routePath(route),
            query: { limit, before: cursor?.before, after: cursor?.after },
            schema: route.response,
            ...pickCallOptions(options),
            ...(signal ? { signal } : {}),
          });
          const times = data.items.map((item) => Date.parse(item.played_at));
          const items = data.items.filter((_, index) => inRange(times[index] ?? Number.NaN));
          const more = data.next !== null && data.next !== undefined && data.items.length > 0;
          if (forward) {
            const after = data.cursors?.after;
            const pastUntil = until !== undefined && times.some((time) => time >= until);
            return {
              items,
              next: more && after && !pastUntil ? { after: Number(after) } : undefined,
            };
          }
          const older = data.cursors?.before;
          const pastSince = since !== undefined && times.some((time) => time < since);
          return {
            items,
            next: more && older && !pastSince ? { before: Number(older) } : undefined,
          };
        },
      });
    },
  };
}
