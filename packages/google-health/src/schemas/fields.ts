import * as z from 'zod/mini';

/**
 * A protobuf int64 as Google's JSON sends it: a decimal string (`"8421"`); a plain number is
 * accepted too. The mappers read it as a number.
 */
export const googleHealthInt64Schema = z.union([
  z.string().check(z.regex(/^-?\d+$/, 'expected an int64 decimal string')),
  z.number(),
]);

/** A protobuf `Duration` as JSON: seconds with an `s` suffix (`"3600s"`, `"-18000s"`, `"1.5s"`). */
export const googleHealthDurationSchema = z
  .string()
  .check(z.regex(/^-?\d+(\.\d+)?s$/, 'expected a protobuf duration such as "3600s"'));

/** A protobuf `Timestamp` as JSON: RFC 3339 with `Z` or an offset. */
export const googleHealthTimestampSchema = z.iso.datetime({ offset: true });

/** A `google.type.Date`. */
export const googleHealthDateSchema = z.looseObject({
  /** Year. */
  year: z.number(),
  /** Month, 1–12. */
  month: z.number(),
  /** Day, 1–31. */
  day: z.number(),
});

/** A `google.type.Date`. */
export type GoogleHealthDate = z.infer<typeof googleHealthDateSchema>;

/** A civil (wall-clock) date and time, without zone. */
export const googleHealthCivilDateTimeSchema = z.looseObject({
  /** Calendar date. */
  date: googleHealthDateSchema,
  /** Time of day; midnight when absent. */
  time: z.optional(
    z.looseObject({
      /** Hours, 0–23. */
      hours: z.optional(z.number()),
      /** Minutes, 0–59. */
      minutes: z.optional(z.number()),
      /** Seconds, 0–59. */
      seconds: z.optional(z.number()),
      /** Nanoseconds. */
      nanos: z.optional(z.number()),
    }),
  ),
});

/** A civil date and time. */
export type GoogleHealthCivilDateTime = z.infer<typeof googleHealthCivilDateTimeSchema>;

/** A session or observation interval with the user's UTC offsets at both ends. */
export const googleHealthIntervalSchema = z.looseObject({
  /** Start, RFC 3339. */
  startTime: googleHealthTimestampSchema,
  /** End (exclusive), RFC 3339. */
  endTime: googleHealthTimestampSchema,
  /** The user's UTC offset at the start (`"-25200s"`). */
  startUtcOffset: z.optional(googleHealthDurationSchema),
  /** The user's UTC offset at the end. */
  endUtcOffset: z.optional(googleHealthDurationSchema),
  /** Start in civil time (output only). */
  civilStartTime: z.optional(googleHealthCivilDateTimeSchema),
  /** End in civil time (output only). */
  civilEndTime: z.optional(googleHealthCivilDateTimeSchema),
});

/** A session or observation interval. */
export type GoogleHealthInterval = z.infer<typeof googleHealthIntervalSchema>;

/** The time of a sample. */
export const googleHealthSampleTimeSchema = z.looseObject({
  /** When it was observed, RFC 3339. */
  physicalTime: googleHealthTimestampSchema,
  /** The user's UTC offset then. */
  utcOffset: z.optional(googleHealthDurationSchema),
  /** Civil time (output only). */
  civilTime: z.optional(googleHealthCivilDateTimeSchema),
});

/** The time of a sample. */
export type GoogleHealthSampleTime = z.infer<typeof googleHealthSampleTimeSchema>;

/** Where a data point came from. */
export const googleHealthDataSourceSchema = z.looseObject({
  /** `FITBIT`, `HEALTH_CONNECT`, `GOOGLE_WEB_API` … */
  platform: z.optional(z.string()),
  /** `MANUAL`, `PASSIVELY_MEASURED`, `ACTIVELY_MEASURED`, `DERIVED` … */
  recordingMethod: z.optional(z.string()),
  /** The recording device. */
  device: z.optional(
    z.looseObject({
      /** Device name ("Pixel Watch 3"). */
      displayName: z.optional(z.string()),
      /** `WATCH`, `FITNESS_BAND`, `PHONE`, `RING`, `SCALE` … */
      formFactor: z.optional(z.string()),
      /** Manufacturer. */
      manufacturer: z.optional(z.string()),
    }),
  ),
  /** The application that wrote it. */
  application: z.optional(
    z.looseObject({
      /** Android package or iOS bundle id. */
      packageName: z.optional(z.string()),
    }),
  ),
});

/** Where a data point came from. */
export type GoogleHealthDataSource = z.infer<typeof googleHealthDataSourceSchema>;
