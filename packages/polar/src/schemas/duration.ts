import * as z from 'zod/mini';

/** A protobuf JSON duration: seconds with up to nine decimals and an `s` (`"80s"`, `"3.000000001s"`). */
export const PROTOBUF_DURATION_PATTERN = /^-?\d+(\.\d{1,9})?s$/;

/**
 * An ISO 8601 duration as AccessLink v3 writes it (`PT2H44M45S`, `PT0.5S`, `P1DT2H`): days,
 * hours, minutes and seconds; years, months and weeks are refused (their length is not fixed).
 */
export const ISO_DURATION_PATTERN =
  /^P(?=\d|T\d)(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** A v4 duration: protobuf's JSON form, validated. */
export const polarProtobufDurationSchema = z.string().check(z.regex(PROTOBUF_DURATION_PATTERN));

/** A v3 duration: ISO 8601, validated. */
export const polarIsoDurationSchema = z.string().check(z.regex(ISO_DURATION_PATTERN));

/**
 * A local date-time as Polar writes it, with or without a zone (`2026-11-20T07:00:00`,
 * `2026-11-20T07:00:00.000`, `2026-11-20T07:00:00+01:00`).
 */
export const polarDateTimeSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/));

/** A calendar date, `YYYY-MM-DD`. */
export const polarDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
