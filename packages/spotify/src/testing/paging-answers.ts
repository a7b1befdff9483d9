import { routePath } from '@fitlink/core';
import { offsetPage } from '@fitlink/testing';
import { SPOTIFY_API_BASE_URL, SPOTIFY_MAX_PAGE_SIZE, SPOTIFY_ROUTES } from '../endpoints.js';
import type { SpotifyPlayHistory, SpotifyRecentlyPlayed } from '../schemas/recently-played.js';

/** Spotify's `limit` when a request names none. */
const DEFAULT_LIMIT = 20;

/**
 * Cuts the offset page a request asks for (kit's `offsetPage` with Spotify's `offset`/`limit`,
 * 20 by default, at most 50) and renders Spotify's paging object, `next`/`previous` URLs built
 * as Spotify builds them (with `extra` parameters such as `time_range`).
 *
 * @param items - The whole list.
 * @param url - The request URL.
 * @param extra - Query parameters every page URL repeats.
 * @returns The page (an inferred object type, so it is assignable to the loose schema types
 *   such as `SpotifyTopTracks`), or the kit's message for a bad `limit`/`offset` (a 400).
 */
export function spotifyOffsetPage<T>(
  items: readonly T[],
  url: URL,
  extra: Readonly<Record<string, string>> = {},
) {
  const slice = offsetPage(items, url, {
    offset: 'offset',
    pageSize: 'limit',
    defaultSize: DEFAULT_LIMIT,
    maxSize: SPOTIFY_MAX_PAGE_SIZE,
  });
  if (slice.error !== undefined) return slice.error;
  const limit = slice.pageSize;
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const link = (at: number) => {
    const target = new URL(`${url.origin}${url.pathname}`);
    target.searchParams.set('offset', String(at));
    target.searchParams.set('limit', String(limit));
    for (const [name, value] of Object.entries(extra)) target.searchParams.set(name, value);
    return target.href;
  };
  return {
    href: link(offset),
    items: slice.items,
    limit,
    next: slice.next === undefined ? null : link(slice.next),
    offset,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total: slice.total,
  };
}

/**
 * Answers `/me/player/recently-played` over the history Spotify keeps (newest first): at most
 * one of the `after`/`before` cursors (Unix ms, exclusive), `limit` 1–50, `cursors` of the page
 * and a `next` URL that walks on in the same direction. No kit preset covers this time cursor.
 *
 * @param history - The last 50 plays, newest first.
 * @param url - The request URL.
 * @returns The page, or what is wrong with the request (the caller's 400).
 */
export function spotifyRecentlyPlayedPage(
  history: readonly SpotifyPlayHistory[],
  url: URL,
): SpotifyRecentlyPlayed | string {
  const raw = url.searchParams.get('limit');
  const limit = raw === null ? DEFAULT_LIMIT : /^\d+$/.test(raw) ? Number(raw) : 0;
  if (limit < 1 || limit > SPOTIFY_MAX_PAGE_SIZE) return 'Invalid limit';
  const after = url.searchParams.get('after');
  const before = url.searchParams.get('before');
  if (after !== null && before !== null) return 'Only one of after and before may be specified';
  const time = (item: SpotifyPlayHistory | undefined) => Date.parse(item?.played_at ?? '');
  let page: SpotifyPlayHistory[];
  if (after !== null) {
    // The `limit` plays right after the cursor, newest first like every page.
    const newer = history.filter((item) => time(item) > Number(after));
    page = newer.slice(Math.max(0, newer.length - limit));
  } else {
    const cut = before === null ? Number.POSITIVE_INFINITY : Number(before);
    page = history.filter((item) => time(item) < cut).slice(0, limit);
  }
  const newest = page[0] ? time(page[0]) : undefined;
  const oldest = page.at(-1) ? time(page.at(-1)) : undefined;
  const link = (name: string, value: number) =>
    `${SPOTIFY_API_BASE_URL}/${routePath(SPOTIFY_ROUTES.recentlyPlayed)}?${name}=${value}&limit=${limit}`;
  let next: string | null = null;
  if (after !== null && newest !== undefined && time(history[0]) > newest) {
    next = link('after', newest);
  } else if (
    after === null &&
    oldest !== undefined &&
    history.some((item) => time(item) < oldest)
  ) {
    next = link('before', oldest);
  }
  return {
    items: page,
    next,
    cursors:
      newest === undefined || oldest === undefined
        ? null
        : { after: String(newest), before: String(oldest) },
    limit,
    href: url.href,
  };
}
