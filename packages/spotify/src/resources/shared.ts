import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  offsetPaging,
  type PaginationControls,
  type Paginator,
} from '@fitlink/core';
import { SPOTIFY_MAX_PAGE_SIZE } from '../endpoints.js';

/** The error for a bad option. */
export function invalidOption(message: string): FitlinkError {
  return new FitlinkError(`spotify: ${message}`, {
    code: ErrorCodes.invalidArgument,
    provider: 'spotify',
  });
}

/**
 * Checks a page size (sent as Spotify's `limit`): Spotify accepts 1 to 50.
 *
 * @throws `FitlinkError` with code `invalid_argument` otherwise.
 */
export function checkPageSize(pageSize: number | undefined): number {
  const value = pageSize ?? SPOTIFY_MAX_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > SPOTIFY_MAX_PAGE_SIZE) {
    throw invalidOption(
      `pageSize must be an integer from 1 to ${SPOTIFY_MAX_PAGE_SIZE}, got ${value}`,
    );
  }
  return value;
}

/** The resumable cursor of an offset-paged list. */
export interface SpotifyOffsetCursor {
  /** Index of the next item to fetch (Spotify's `offset`). */
  offset: number;
}

/** Options of the offset-paged lists (top items, playlists, playlist items). */
export interface SpotifyOffsetListOptions extends CallOptions, PaginationControls {
  /** Items per request, 1 to 50 (Spotify's `limit`). @defaultValue 50 (fewest requests) */
  pageSize?: number;
  /**
   * A saved {@link @fitlink/core!Paginator.cursor} to resume from (`{ offset }`, the index of
   * the first item). @defaultValue the first page
   */
  cursor?: SpotifyOffsetCursor;
}

/**
 * A paginator over Spotify's offset paging objects, on core's `offsetPaging`: it advances by the
 * items returned and stops when `next` is `null` (the page's `more`), so the last page costs no
 * extra request.
 *
 * @throws `FitlinkError` with code `invalid_argument` for a `pageSize` outside 1–50 or a
 * negative `cursor.offset`.
 */
export function spotifyOffsetPaging<Item>(
  options: SpotifyOffsetListOptions,
  fetchPage: (
    offset: number,
    limit: number,
    signal: AbortSignal | undefined,
  ) => Promise<{ items: Item[]; next: string | null }>,
): Paginator<Item, SpotifyOffsetCursor> {
  return offsetPaging<Item>({
    pageSize: checkPageSize(options.pageSize),
    ...(options.cursor ? { start: options.cursor } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    fetch: async (offset, limit, signal) => {
      const page = await fetchPage(offset, limit, signal);
      return { items: page.items, more: page.next !== null };
    },
  });
}
