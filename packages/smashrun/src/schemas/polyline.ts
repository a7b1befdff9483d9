import * as z from 'zod/mini';

/**
 * The route of a run (`GET /my/activities/{id}/polyline`) as a Google encoded polyline. SmashRun
 * describes the value as "string encodings of the latitude and longitude points"; both a bare
 * JSON string and an object with `polyline` are accepted.
 *
 * @see https://developers.google.com/maps/documentation/utilities/polylinealgorithm
 */
export const smashrunPolylineSchema = z.union([
  z.string(),
  z.looseObject({
    /** The activity id. */
    activityId: z.optional(z.number()),
    /** The encoded polyline. */
    polyline: z.string(),
  }),
]);

/** A route as SmashRun answers it. */
export type SmashrunPolyline = z.infer<typeof smashrunPolylineSchema>;
