import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';

/**
 * An Oura collection page (`MultiDocumentResponse_*`, `TimeSeriesResponse_*`): `data` and, while
 * more pages follow, `next_token` (sent back as the `next_token` query parameter).
 *
 * @param record - The schema of one document.
 */
export function ouraPageSchema<T extends zc.$ZodType>(record: T) {
  return z.looseObject({
    /** The page's documents. */
    data: z.array(record),
    /** Token of the next page; `null` on the last page. */
    next_token: z.nullish(z.string()),
  });
}

/** An Oura collection page. */
export interface OuraPage<T> {
  /** The page's documents. */
  data: T[];
  /** Token of the next page; `null` (or absent) on the last page. */
  next_token?: string | null | undefined;
}
