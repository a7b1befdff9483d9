import * as z from 'zod/mini';

/**
 * Fields every Garmin summary shares: the user, the summary's id, its start in epoch seconds
 * (UTC) and the device clock's offset from UTC at that start. The offset is the offset of the
 * device's display clock, which users may set to any time within ±24 h: it is not a time zone.
 */
export const garminSummaryFields = {
  /** The stable Garmin user id (the connection's identity, unlike tokens). */
  userId: z.optional(z.string()),
  /** Before the OAuth 2 migration: the user's OAuth 1.0a access token. Gone after it. */
  userAccessToken: z.nullish(z.string()),
  /** Garmin's id of the summary. */
  summaryId: z.string(),
  /** Start, epoch seconds UTC. */
  startTimeInSeconds: z.number(),
  /** The device clock's offset from UTC at the start, seconds (not a time zone). */
  startTimeOffsetInSeconds: z.nullish(z.number()),
  /** Length of the summary, seconds. */
  durationInSeconds: z.nullish(z.number()),
};

/** A map keyed by seconds from the start (`"0"`, `"15"` …) to a number. */
export const garminOffsetMapSchema = z.record(z.string(), z.number());

/** A map keyed by seconds from the start to a number. */
export type GarminOffsetMap = z.output<typeof garminOffsetMapSchema>;
