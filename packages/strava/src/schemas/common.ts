import * as z from 'zod/mini';

/**
 * A Strava id. Ids are int64: the client parses integers beyond 2^53 as decimal strings (see
 * `parseStravaJson`), so an id is a number when it fits and a string otherwise.
 */
export const stravaIdSchema = z.union([z.number(), z.string().check(z.regex(/^-?\d+$/))]);

/** A Strava id, as a number when it fits in a double, else a decimal string. */
export type StravaId = z.infer<typeof stravaIdSchema>;

/** A `[latitude, longitude]` pair; Strava sends `[]` or `null` when there is none. */
export const stravaLatLngSchema = z.array(z.number());

/** `{ id, resource_state }`, Strava's reference to an athlete or activity. */
export const stravaMetaSchema = z.looseObject({
  /** The id of the referenced athlete or activity (int64). */
  id: stravaIdSchema,
});

/**
 * Writes a Strava id as the decimal string fitlink uses in `externalId`.
 *
 * @param id - A number or decimal string.
 */
export function stravaIdString(id: StravaId): string {
  if (typeof id === 'string') return id;
  return Number.isSafeInteger(id) ? String(id) : BigInt(Math.trunc(id)).toString();
}
