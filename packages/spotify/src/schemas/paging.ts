import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';

/**
 * Spotify's offset paging object (`PagingObject`) around an item schema: `limit`/`offset`,
 * `next` is `null` on the last page.
 *
 * @param item - The schema of one item.
 */
export function spotifyPagingSchema<Item extends zc.$ZodType>(item: Item) {
  return z.looseObject({
    /** The page's items. */
    items: z.array(item),
    /** URL of the next page, `null` on the last one. */
    next: z.nullable(z.string()),
    /** Offset of the first item. */
    offset: z.number(),
    /** Page size used. */
    limit: z.number(),
    /** Total number of items. */
    total: z.number(),
    /** This request's URL. */
    href: z.optional(z.string()),
    /** URL of the previous page. */
    previous: z.nullish(z.string()),
  });
}

/** A page of Spotify's offset paging. */
export interface SpotifyPage<Item> {
  /** The page's items. */
  items: Item[];
  /** URL of the next page, `null` on the last one. */
  next: string | null;
  /** Offset of the first item. */
  offset: number;
  /** Page size used. */
  limit: number;
  /** Total number of items. */
  total: number;
}
