import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';

/**
 * A WHOOP collection page: `records` and, while more pages follow, `next_token` (sent back as
 * the `nextToken` query parameter: camelCase in, snake_case out).
 *
 * @param record - The schema of one record.
 */
export function whoopPageSchema<T extends zc.$ZodType>(record: T) {
  return z.looseObject({
    /** The page's records, newest first. */
    records: z.array(record),
    /** Token of the next page; absent (or null) on the last page. */
    next_token: z.nullish(z.string()),
  });
}

/** A WHOOP collection page. */
export interface WhoopPage<T> {
  /** The page's records, newest first. */
  records: T[];
  /** Token of the next page; absent on the last page. */
  next_token?: string | null | undefined;
}
