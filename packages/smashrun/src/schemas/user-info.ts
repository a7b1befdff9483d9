import * as z from 'zod/mini';

/**
 * The authorized user (`GET /my/userinfo`): names, preferences and the date of the last run.
 * Only `id` is required; SmashRun documents the rest loosely.
 *
 * @see https://api.smashrun.com/v1/explorer
 */
export const smashrunUserInfoSchema = z.looseObject({
  /** SmashRun's user id. */
  id: z.number(),
  /** First name. */
  firstName: z.nullish(z.string()),
  /** Last name. */
  lastName: z.nullish(z.string()),
  /** User name (profile URL). */
  userName: z.nullish(z.string()),
  /** When the user joined, UTC without `Z`. */
  registrationDateUTC: z.nullish(z.string()),
  /** Start of the latest run, UTC without `Z`. */
  dateTimeUTCOfLastRun: z.nullish(z.string()),
  /** Distance unit preference: `k` (kilometres) or `m` (miles). */
  unitDistance: z.nullish(z.string()),
  /** Weight unit preference: `k` (kilograms) or `p` (pounds). */
  unitWeight: z.nullish(z.string()),
  /** IANA time zone of the user. */
  timeZone: z.nullish(z.string()),
  /** Maximum heart rate setting, bpm. */
  heartRateMax: z.nullish(z.number()),
  /** Resting heart rate setting, bpm. */
  heartRateResting: z.nullish(z.number()),
});

/** The authorized user. */
export type SmashrunUserInfo = z.infer<typeof smashrunUserInfoSchema>;
