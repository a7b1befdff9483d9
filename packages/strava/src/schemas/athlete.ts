import * as z from 'zod/mini';
import { nullish, stravaIdSchema } from './common.js';

/**
 * `DetailedAthlete` from `GET /athlete` (the summary fields come without `profile:read_all`),
 * also the `athlete` of a code exchange's token response.
 *
 * @see https://developers.strava.com/docs/reference/#api-models-DetailedAthlete
 */
export const stravaAthleteSchema = z.looseObject({
  /** The athlete id. */
  id: stravaIdSchema,
  /** Public username. */
  username: nullish(z.string()),
  /** Given name. */
  firstname: nullish(z.string()),
  /** Family name. */
  lastname: nullish(z.string()),
  /** City. */
  city: nullish(z.string()),
  /** State or region. */
  state: nullish(z.string()),
  /** Country. */
  country: nullish(z.string()),
  /** `M`, `F`, or absent. */
  sex: nullish(z.string()),
  /** Subscriber. */
  premium: nullish(z.boolean()),
  /** Subscriber (older name). */
  summit: nullish(z.boolean()),
  /** ISO 8601 UTC. */
  created_at: nullish(z.string()),
  /** ISO 8601 UTC. */
  updated_at: nullish(z.string()),
  /** Large picture URL. */
  profile: nullish(z.string()),
  /** Medium picture URL. */
  profile_medium: nullish(z.string()),
  /** `feet` or `meters` (display preference only). */
  measurement_preference: nullish(z.string()),
  /** Functional threshold power, watts. */
  ftp: nullish(z.number()),
  /** Kilograms (0 when unset). */
  weight: nullish(z.number()),
  /** Bikes (summary gear). */
  bikes: nullish(
    z.array(
      z.looseObject({
        /** Gear id, `b` followed by digits (the activity's `gear_id`). */
        id: z.string(),
      }),
    ),
  ),
  /** Shoes (summary gear). */
  shoes: nullish(
    z.array(
      z.looseObject({
        /** Gear id, `g` followed by digits (the activity's `gear_id`). */
        id: z.string(),
      }),
    ),
  ),
});

/** `DetailedAthlete` / `SummaryAthlete`. */
export type StravaAthlete = z.infer<typeof stravaAthleteSchema>;
