import * as z from 'zod/mini';

const totalSchema = z.nullish(
  z.looseObject({
    /** Activities. */
    count: z.number(),
    /** Metres. */
    distance: z.number(),
    /** Seconds. */
    moving_time: z.number(),
    /** Seconds. */
    elapsed_time: z.number(),
    /** Metres. */
    elevation_gain: z.number(),
    /** Achievements. */
    achievement_count: z.nullish(z.number()),
  }),
);

/**
 * `ActivityStats` from `GET /athletes/{id}/stats`: totals of the athlete's public activities
 * (recent = last four weeks, year to date, all time). Only the authenticated athlete's id works.
 *
 * @see https://developers.strava.com/docs/reference/#api-Athletes-getStats
 */
export const stravaActivityStatsSchema = z.looseObject({
  /** Longest ride, metres. */
  biggest_ride_distance: z.nullish(z.number()),
  /** Biggest climb, metres. */
  biggest_climb_elevation_gain: z.nullish(z.number()),
  /** Rides of the last four weeks. */
  recent_ride_totals: totalSchema,
  /** Runs of the last four weeks. */
  recent_run_totals: totalSchema,
  /** Swims of the last four weeks. */
  recent_swim_totals: totalSchema,
  /** Rides this year. */
  ytd_ride_totals: totalSchema,
  /** Runs this year. */
  ytd_run_totals: totalSchema,
  /** Swims this year. */
  ytd_swim_totals: totalSchema,
  /** All rides. */
  all_ride_totals: totalSchema,
  /** All runs. */
  all_run_totals: totalSchema,
  /** All swims. */
  all_swim_totals: totalSchema,
});

/** `ActivityStats`. */
export type StravaActivityStats = z.infer<typeof stravaActivityStatsSchema>;
