import * as z from 'zod/mini';

/** `GET user/id`: the stable user id (the same across re-registrations and across your apps). */
export const garminUserIdSchema = z.looseObject({
  /** The user id. */
  userId: z.string(),
});

/** `GET user/id`'s answer. */
export type GarminUserId = z.output<typeof garminUserIdSchema>;

/**
 * `GET user/permissions`: Garmin's example is malformed (`{[ … ]}`); integrations read either a
 * bare array or `{"permissions": [ … ]}`, so both are accepted.
 */
export const garminPermissionsSchema = z.union([
  z.array(z.string()),
  z.looseObject({
    /** The permissions granted. */
    permissions: z.array(z.string()),
  }),
]);

/** `GET user/permissions`'s answer. */
export type GarminPermissionsAnswer = z.output<typeof garminPermissionsSchema>;

/** Garmin's error body: `{"errorMessage": "…"}`. */
export const garminErrorSchema = z.looseObject({
  /** What went wrong. */
  errorMessage: z.nullish(z.string()),
});

/** Garmin's error body. */
export type GarminErrorBody = z.output<typeof garminErrorSchema>;

/** The token-exchange answer: OAuth 2 tokens for an OAuth 1.0a pair. */
export const garminTokenExchangeSchema = z.looseObject({
  /** The access token (24 h). */
  access_token: z.string(),
  /** The refresh token (~90 days). */
  refresh_token: z.string(),
  /** Seconds until the access token expires. */
  expires_in: z.nullish(z.number()),
  /** Seconds until the refresh token expires. */
  refresh_token_expires_in: z.nullish(z.number()),
  /** Granted scope, as Garmin names it. */
  scope: z.nullish(z.string()),
  /** `bearer`. */
  token_type: z.nullish(z.string()),
});

/** The token-exchange answer. */
export type GarminTokenExchangeAnswer = z.output<typeof garminTokenExchangeSchema>;
