import * as z from 'zod/mini';

/**
 * The basic profile (`GET /v2/user/profile/basic`).
 *
 * @see https://developer.whoop.com/api#tag/User
 */
export const whoopProfileSchema = z.looseObject({
  /** int64 WHOOP user id. */
  user_id: z.number(),
  /** Email address. */
  email: z.nullish(z.string()),
  /** Given name. */
  first_name: z.nullish(z.string()),
  /** Family name. */
  last_name: z.nullish(z.string()),
});

/** The basic profile. */
export type WhoopProfile = z.infer<typeof whoopProfileSchema>;

/**
 * Body measurements (`GET /v2/user/measurement/body`).
 *
 * @see https://developer.whoop.com/api#tag/User
 */
export const whoopBodyMeasurementSchema = z.looseObject({
  /** Height, metres. */
  height_meter: z.nullable(z.number()),
  /** Weight, kilograms. */
  weight_kilogram: z.nullable(z.number()),
  /** Max heart rate WHOOP computed, bpm. */
  max_heart_rate: z.nullable(z.number()),
});

/** Body measurements. */
export type WhoopBodyMeasurement = z.infer<typeof whoopBodyMeasurementSchema>;
