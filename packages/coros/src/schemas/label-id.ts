import * as z from 'zod/mini';

/**
 * A COROS 64-bit id (`labelId`, `uploadId`): a decimal string. The client parses answers so
 * that an integer beyond 2^53 stays exact (see `parseCorosJson`); a number that is no longer
 * exact is refused rather than silently rounded.
 */
export const corosIdSchema = z.pipe(
  z.union([
    z.string().check(z.regex(/^\d{1,20}$/, 'expected a decimal id')),
    z
      .number()
      .check(
        z.refine(Number.isSafeInteger, 'id beyond 2^53 was rounded: parse with parseCorosJson'),
        z.nonnegative(),
      ),
  ]),
  z.transform((value) => String(value)),
);

/** A COROS 64-bit id, as a decimal string. */
export type CorosId = z.output<typeof corosIdSchema>;
