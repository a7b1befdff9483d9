import * as z from 'zod/mini';
import { googleHealthDateSchema } from './fields.js';

/**
 * The user's identity (`users.getIdentity`): the Google Health user id and, for users who came
 * from Fitbit, the legacy Fitbit user id.
 */
export const googleHealthIdentitySchema = z.looseObject({
  /** `users/me/identity`. */
  name: z.optional(z.string()),
  /** The Google Health user id (the `{user}` of resource names), 1–63 characters. */
  healthUserId: z.string(),
  /** The legacy Fitbit user id (`"ABC123"`), for users who had a Fitbit account. */
  legacyUserId: z.optional(z.string()),
});

/** The user's identity. */
export type GoogleHealthIdentity = z.infer<typeof googleHealthIdentitySchema>;

/** The user's profile (`users.getProfile`). */
export const googleHealthProfileSchema = z.looseObject({
  /** `users/{user}/profile`. */
  name: z.optional(z.string()),
  /** Age in years. */
  age: z.optional(z.number()),
  /** Account creation date. */
  membershipStartDate: z.optional(googleHealthDateSchema),
  /** Automatic walking stride length, mm. */
  autoWalkingStrideLengthMm: z.optional(z.number()),
  /** Automatic running stride length, mm. */
  autoRunningStrideLengthMm: z.optional(z.number()),
});

/** The user's profile. */
export type GoogleHealthProfile = z.infer<typeof googleHealthProfileSchema>;
