import * as z from 'zod/mini';

/**
 * The user's personal info (`PersonalInfoResponse`): `id` with any scope, age, sex, height (m)
 * and weight (kg) with `personal`, email with `email`.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Personal-Info-Routes
 */
export const ouraPersonalInfoSchema = z.looseObject({
  /** Oura user id. */
  id: z.string(),
  /** Age, years. */
  age: z.nullish(z.number()),
  /** Weight, kilograms. */
  weight: z.nullish(z.number()),
  /** Height, metres. */
  height: z.nullish(z.number()),
  /** `male`, `female` or another value. */
  biological_sex: z.nullish(z.string()),
  /** Email address (with the `email` scope). */
  email: z.nullish(z.string()),
});

/** The user's personal info. */
export type OuraPersonalInfo = z.infer<typeof ouraPersonalInfoSchema>;
