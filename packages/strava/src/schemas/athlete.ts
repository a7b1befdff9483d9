import * as z from 'zod/mini';
import { stravaIdSchema } from './common.js';

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
  username: z.nullish(z.string()),
  /** Given name. */
  firstname: z.nullish(z.string()),
  /** Family name. */
  lastname: z.nullish(z.string()),
  /** City. */
  city: z.nullish(z.string()),
  /** State or region. */
  state: z.nullish(z.string()),
  /** Country. */
  country: z.nullish(z.string()),
  /** `M`, `F`, or absent. */
  sex: z.nullish(z.string()),
  /** Subscriber. */
  premium: z.nullish(z.boolean()),
  /** Subscriber (older name). */
  summit: z.nullish(z.boolean()),
  /** ISO 8601 UTC. */
  created_at: z.nullish(z.string()),
  /** ISO 8601 UTC. */
  updated_at: z.nullish(z.string()),
  /** Large picture URL. */
  profile: z.nullish(z.string()),
  /** Medium picture URL. */
  profile_medium: z.nullish(z.string()),
  /** `feet` or `meters` (display preference only). */
  measurement_preference: z.nullish(z.string()),
  /** Functional threshold power, watts. */
  ftp: z.nullish(z.number()),
  /** Kilograms (0 when unset). */
  weight: z.nullish(z.number()),
  /** Bikes (summary gear). */
  bikes: z.nullish(
    z.array(
      z.looseObject({
        /** Gear id, `b` followed by digits (the activity's `gear_id`). */
        id: z.string(),
      }),
    ),
  ),
  /** Shoes (summary gear). */
  shoes: z.nullish(
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
