import * as z from 'zod/mini';
import { optionalNumber, optionalString } from './fields.js';

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
  firstName: optionalString,
  /** Last name. */
  lastName: optionalString,
  /** User name (profile URL). */
  userName: optionalString,
  /** When the user joined, UTC without `Z`. */
  registrationDateUTC: optionalString,
  /** Start of the latest run, UTC without `Z`. */
  dateTimeUTCOfLastRun: optionalString,
  /** Distance unit preference: `k` (kilometres) or `m` (miles). */
  unitDistance: optionalString,
  /** Weight unit preference: `k` (kilograms) or `p` (pounds). */
  unitWeight: optionalString,
  /** IANA time zone of the user. */
  timeZone: optionalString,
  /** Maximum heart rate setting, bpm. */
  heartRateMax: optionalNumber,
  /** Resting heart rate setting, bpm. */
  heartRateResting: optionalNumber,
});

/** The authorized user. */
export type SmashrunUserInfo = z.infer<typeof smashrunUserInfoSchema>;
