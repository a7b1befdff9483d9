import {
  type CallOptions,
  type Clock,
  createPaginator,
  type HttpClient,
  inRange,
  type PaginationControls,
  type Paginator,
  pickCallOptions,
  resolveRange,
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
  /**
   * A saved {@link @fitlink/core!Paginator.cursor} to resume from; it replaces `before` and
   * `after` (pass the same `since` and `until` as the run that saved it).
   * @defaultValue the first page: `after`, else `before`, else `until`
   */
  cursor?: SpotifyPlayCursor | undefined;
  /** Start with plays before this instant (Spotify's `before`); not with `after`. */
  before?: Date | number;
  /** Start with plays after this instant (Spotify's `after`) and walk forward; not with `before`. */
  after?: Date | number;
  /** Keep plays from this instant on (inclusive); paging stops once older plays show up. */
  since?: Date;
  /**
   * Keep plays before this instant (exclusive); the first request uses it as `before`.
   * @defaultValue the client clock's now (not sent as `before`)
   */
  until?: Date;
}

/** `client.recentlyPlayed`: the user's play history (scope `user-read-recently-played`). */
export interface SpotifyRecentlyPlayedResource {
  /**
   * Iterates the play history (`GET /me/player/recently-played`), newest first with `before`
   * (the default) or page by page forward with `after`. Spotify keeps only the last 50 plays
   * and does not list podcast episodes.
   *
   * @throws `FitlinkError` with code `invalid_argument` for both `after` and `before` (in the
   * options or the cursor), a `pageSize` outside 1–50, or `since` not before `until`.
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
export function createRecentlyPlayedResource(
  http: HttpClient,
  clock: Clock,
): SpotifyRecentlyPlayedResource {
  return {
    list(options = {}) {
      if (options.after !== undefined && options.before !== undefined) {
        // Spotify: "If after is specified, before must not be specified" (and the reverse).
        throw invalidOption('recently played accepts only one of after and before');
      }
      if (options.cursor?.after !== undefined && options.cursor.before !== undefined) {
        throw invalidOption('a recently played cursor holds only one of after and before');
      }
      const limit = checkPageSize(options.pageSize);
      // `[since, until)` with `until` defaulting to the client's clock; the first request asks
      // `before` only the caller's own `until`.
      const range = resolveRange(options, clock);
      const since = range.since?.getTime();
      const until = range.until.getTime();
      const forward =
        options.cursor === undefined
          ? options.after !== undefined
          : options.cursor.after !== undefined;
      const before = options.before ?? options.until;
      const start: SpotifyPlayCursor =
        options.cursor ??
        (forward
          ? { after: toMs(options.after as Date | number) }
          : before === undefined
            ? {}
            : { before: toMs(before) });
      const route = SPOTIFY_ROUTES.recentlyPlayed;

      // A custom paginator: the cursor is a time (`before` walking back, `after` walking
      // forward) read from the answer's `cursors`, which no core strategy (page, offset, token,
      // date window) expresses, and the walk stops at the range's edge in either direction.
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
          const items = data.items.filter((item) => inRange(item.played_at, range));
          const more = data.next !== null && data.next !== undefined && data.items.length > 0;
          if (forward) {
            const after = data.cursors?.after;
            const pastUntil = times.some((time) => time >= until);
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
