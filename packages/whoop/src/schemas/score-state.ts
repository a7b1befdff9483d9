import * as z from 'zod/mini';

/**
 * Whether WHOOP has scored a record: `SCORED` (the `score` object is present), `PENDING_SCORE`
 * (still being evaluated) or `UNSCORABLE` (not enough data). Without `SCORED` there is no
 * `score`: the mappers give `null` values, not an error.
 */
export const whoopScoreStateSchema = z.enum(['SCORED', 'PENDING_SCORE', 'UNSCORABLE']);

/** Whether WHOOP has scored a record. */
export type WhoopScoreState = z.infer<typeof whoopScoreStateSchema>;
