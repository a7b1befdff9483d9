import * as z from 'zod/mini';

const zoneRangeSchema = z.looseObject({
  /** Lower bound (bpm or watts). */
  min: z.number(),
  /** Upper bound; `-1` for the open top zone. */
  max: z.number(),
});

/**
 * `Zones` from `GET /athlete/zones` (needs `profile:read_all`): heart-rate and power zones.
 * The swagger's example shows an array of distribution buckets instead; both are accepted.
 *
 * @see https://developers.strava.com/docs/reference/#api-Athletes-getLoggedInAthleteZones
 */
export const stravaAthleteZonesSchema = z.union([
  z.looseObject({
    /** Heart-rate zones. */
    heart_rate: z.nullish(
      z.looseObject({
        /** Whether the athlete set the zones (else Strava derives them from max heart rate). */
        custom_zones: z.nullish(z.boolean()),
        /** The zones' ranges in beats per minute, lowest first. */
        zones: z.array(zoneRangeSchema),
      }),
    ),
    /** Power zones (with a power meter). */
    power: z.nullish(
      z.looseObject({
        /** The zones' ranges in watts, lowest first. */
        zones: z.array(zoneRangeSchema),
      }),
    ),
  }),
  z.array(
    z.looseObject({
      /** `heartrate` or `power`. */
      type: z.nullish(z.string()),
    }),
  ),
]);

/** `Zones`. */
export type StravaAthleteZones = z.infer<typeof stravaAthleteZonesSchema>;

/**
 * `ActivityZone` from `GET /activities/{id}/zones` (subscribers): time in each heart-rate or
 * power zone.
 *
 * @see https://developers.strava.com/docs/reference/#api-Activities-getZonesByActivityId
 */
export const stravaActivityZoneSchema = z.looseObject({
  /** `heartrate` or `power`. */
  type: z.string(),
  /** Relative effort contribution. */
  score: z.nullish(z.number()),
  /** Whether a sensor recorded it. */
  sensor_based: z.nullish(z.boolean()),
  /** Whether the athlete set custom zones. */
  custom_zones: z.nullish(z.boolean()),
  /** Seconds spent in each range. */
  distribution_buckets: z.array(
    z.looseObject({
      /** Lower bound of the range (bpm or watts). */
      min: z.number(),
      /** Upper bound of the range; `-1` for the open top zone. */
      max: z.number(),
      /** Seconds spent in the range. */
      time: z.number(),
    }),
  ),
});

/** `ActivityZone`. */
export type StravaActivityZone = z.infer<typeof stravaActivityZoneSchema>;

/** The answer of `GET /activities/{id}/zones`. */
export const stravaActivityZonesSchema = z.array(stravaActivityZoneSchema);
