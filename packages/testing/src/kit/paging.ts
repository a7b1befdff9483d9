/** A page cut by one of the paging presets, or why the request's paging parameters are invalid. */
export type PageSlice<T, TNext> =
  | {
      /** The page's items. */
      readonly items: T[];
      /** What the next page is asked with, or `undefined` on the last page. */
      readonly next: TNext | undefined;
      /** Items in the whole list. */
      readonly total: number;
      /** The page size the request asked for (or the default). */
      readonly pageSize: number;
      /** No error. */
      readonly error?: undefined;
    }
  | {
      /** What is wrong with the request, for the provider's 400 body. */
      readonly error: string;
    };

/** Page-size parameter settings every preset shares. */
export interface PageSizeParameter {
  /** The query parameter carrying the page size (`per_page`, `limit`, `count` …). */
  readonly pageSize: string;
  /** The size when the request names none. */
  readonly defaultSize: number;
  /** The largest size the provider accepts; larger is a 400. */
  readonly maxSize: number;
}

function readInteger(url: URL, name: string, fallback: number, min: number): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^-?\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= min ? value : undefined;
}

function readSize(url: URL, size: PageSizeParameter): number | string {
  const value = readInteger(url, size.pageSize, size.defaultSize, 1);
  return value === undefined || value > size.maxSize
    ? `${size.pageSize} must be an integer from 1 to ${size.maxSize}`
    : value;
}

/** Settings of {@link pageNumberPage}. */
export interface PageNumberParameters extends PageSizeParameter {
  /** The query parameter carrying the page number (`page`). */
  readonly page: string;
  /**
   * Number of the first page.
   * @defaultValue 1
   */
  readonly firstPage?: number;
}

/**
 * Cuts the page a page-number request (`?page=2&per_page=50`) asks for. Past the end the page is
 * empty; `next` is the following page number while items remain.
 *
 * @param items - The whole list, in the provider's order.
 * @param url - The request URL.
 * @param parameters - The provider's parameter names and limits.
 * @example
 * ```ts
 * const slice = pageNumberPage(activities, url, { page: 'page', pageSize: 'per_page', defaultSize: 30, maxSize: 200 });
 * if (slice.error !== undefined) return badRequest(slice.error);
 * ```
 */
export function pageNumberPage<T>(
  items: readonly T[],
  url: URL,
  parameters: PageNumberParameters,
): PageSlice<T, number> {
  const firstPage = parameters.firstPage ?? 1;
  const pageSize = readSize(url, parameters);
  if (typeof pageSize === 'string') return { error: pageSize };
  const page = readInteger(url, parameters.page, firstPage, firstPage);
  if (page === undefined) {
    return { error: `${parameters.page} must be an integer >= ${firstPage}` };
  }
  const start = (page - firstPage) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    next: start + pageSize < items.length ? page + 1 : undefined,
    total: items.length,
    pageSize,
  };
}

/** Settings of {@link offsetPage}. */
export interface OffsetParameters extends PageSizeParameter {
  /** The query parameter carrying the offset (`offset`, `start` …). */
  readonly offset: string;
}

/**
 * Cuts the page an offset request (`?offset=100&limit=50`) asks for; `next` is the following
 * offset while items remain.
 *
 * @param items - The whole list, in the provider's order.
 * @param url - The request URL.
 * @param parameters - The provider's parameter names and limits.
 * @example
 * ```ts
 * const slice = offsetPage(playlists, url, { offset: 'offset', pageSize: 'limit', defaultSize: 20, maxSize: 50 });
 * ```
 */
export function offsetPage<T>(
  items: readonly T[],
  url: URL,
  parameters: OffsetParameters,
): PageSlice<T, number> {
  const pageSize = readSize(url, parameters);
  if (typeof pageSize === 'string') return { error: pageSize };
  const offset = readInteger(url, parameters.offset, 0, 0);
  if (offset === undefined) return { error: `${parameters.offset} must be an integer >= 0` };
  return {
    items: items.slice(offset, offset + pageSize),
    next: offset + pageSize < items.length ? offset + pageSize : undefined,
    total: items.length,
    pageSize,
  };
}

/** Settings of {@link tokenPage}. */
export interface TokenParameters extends PageSizeParameter {
  /** The query parameter carrying the opaque token (`nextToken`, `next_token`, `cursor` …). */
  readonly token: string;
}

/**
 * Cuts the page a token request (`?limit=25&nextToken=…`) asks for. Tokens are opaque to the
 * client (base64 of an offset here); `next` is the token of the following page while items
 * remain. A token the sandbox did not issue is an error.
 *
 * @param items - The whole list, in the provider's order.
 * @param url - The request URL.
 * @param parameters - The provider's parameter names and limits.
 * @example
 * ```ts
 * const slice = tokenPage(workouts, url, { token: 'nextToken', pageSize: 'limit', defaultSize: 10, maxSize: 25 });
 * if (slice.error === undefined) return { records: slice.items, next_token: slice.next };
 * ```
 */
export function tokenPage<T>(
  items: readonly T[],
  url: URL,
  parameters: TokenParameters,
): PageSlice<T, string> {
  const pageSize = readSize(url, parameters);
  if (typeof pageSize === 'string') return { error: pageSize };
  const token = url.searchParams.get(parameters.token);
  const offset = token === null || token === '' ? 0 : decodeOffset(token);
  if (offset === undefined) return { error: `${parameters.token} is not valid` };
  const end = offset + pageSize;
  return {
    items: items.slice(offset, end),
    next: end < items.length ? encodeOffset(end, items.length) : undefined,
    total: items.length,
    pageSize,
  };
}

function encodeOffset(offset: number, total: number): string {
  return btoa(`${offset}:${total}`);
}

function decodeOffset(token: string): number | undefined {
  try {
    const match = /^(\d+):\d+$/.exec(atob(token));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the records whose time span meets `[since, until)` (either bound may be absent), for
 * providers whose lists take a time window. A record without a time never matches.
 *
 * @param records - The records.
 * @param spanOf - A record's start and optional end (ISO 8601 or epoch ms; no end: an instant;
 *   a `null` end: still going on).
 * @param range - The window, epoch ms.
 * @example
 * ```ts
 * const matching = inWindow(sleeps, (sleep) => ({ start: sleep.start, end: sleep.end }), { since, until });
 * ```
 */
export function inWindow<T>(
  records: readonly T[],
  spanOf: (record: T) => { start: string | number; end?: string | number | null } | undefined,
  range: { since?: number | undefined; until?: number | undefined },
): T[] {
  const since = range.since ?? Number.NEGATIVE_INFINITY;
  const until = range.until ?? Number.POSITIVE_INFINITY;
  return records.filter((record) => {
    const span = spanOf(record);
    if (span === undefined) return false;
    const start = typeof span.start === 'number' ? span.start : Date.parse(span.start);
    // No end: the record is an instant; a `null` end: still going on (WHOOP's current cycle).
    const end =
      span.end === undefined
        ? start
        : span.end === null
          ? Number.POSITIVE_INFINITY
          : typeof span.end === 'number'
            ? span.end
            : Date.parse(span.end);
    return !Number.isNaN(start) && end >= since && start < until;
  });
}
