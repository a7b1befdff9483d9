import * as z from 'zod/mini';

/**
 * A ping: the user and the callback URL to call, verbatim, later (after answering 200). After
 * the OAuth 2 migration the URL carries a `token` parameter.
 */
export const garminPingSchema = z.looseObject({
  /** The stable Garmin user id. */
  userId: z.string(),
  /** Before the migration: the user's OAuth 1.0a token. */
  userAccessToken: z.nullish(z.string()),
  /** The URL to GET, exactly as given. */
  callbackURL: z.string(),
});

/** A ping. */
export type GarminPing = z.output<typeof garminPingSchema>;

/**
 * An `activityFiles` notification (files are ping-only): the URL downloads the file once, within
 * 24 h; a second download answers 410.
 */
export const garminActivityFileSchema = z.looseObject({
  /** The stable Garmin user id. */
  userId: z.string(),
  /** Before the migration: the user's OAuth 1.0a token. */
  userAccessToken: z.nullish(z.string()),
  /** The activity summary's id. */
  summaryId: z.nullish(z.string()),
  /** The activity's id. */
  activityId: z.nullish(z.union([z.number(), z.string()])),
  /** `FIT`, `TCX` or `GPX`. */
  fileType: z.string(),
  /** The single-use download URL. */
  callbackURL: z.string(),
  /** Start of the activity, epoch seconds. */
  startTimeInSeconds: z.nullish(z.number()),
  /** Whether entered by hand. */
  manual: z.nullish(z.boolean()),
  /** The recording device. */
  deviceName: z.nullish(z.string()),
});

/** An `activityFiles` notification. */
export type GarminActivityFile = z.output<typeof garminActivityFileSchema>;

/** A `deregistrations` entry: the user disconnected the app (or the app deleted the registration). */
export const garminDeregistrationSchema = z.looseObject({
  /** The stable Garmin user id. */
  userId: z.string(),
  /** Before the migration: the user's OAuth 1.0a token. */
  userAccessToken: z.nullish(z.string()),
});

/** A `deregistrations` entry. */
export type GarminDeregistration = z.output<typeof garminDeregistrationSchema>;

/** A `userPermissionsChange` entry: the permissions the user grants now. */
export const garminPermissionsChangeSchema = z.looseObject({
  /** The stable Garmin user id. */
  userId: z.string(),
  /** Garmin's id of the change. */
  summaryId: z.nullish(z.string()),
  /** Every permission granted now (an empty list: none). */
  permissions: z.array(z.string()),
  /** When it changed, epoch seconds. */
  changeTimeInSeconds: z.nullish(z.number()),
});

/** A `userPermissionsChange` entry. */
export type GarminPermissionsChange = z.output<typeof garminPermissionsChangeSchema>;
