import * as z from 'zod/mini';

/**
 * A provider id such as `strava` or `apple-health`: lower case letters, digits, `-` and `_`,
 * never a `:` (which separates it from the external id in a record id).
 */
export const providerIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a lower-case provider id such as strava'));

/** The provider's own id for a record, kept as a string (64-bit ids do not fit a JS number). */
export const externalIdSchema = z.string().check(z.minLength(1, 'expected a non-empty id'));

/** An instant as ISO 8601 UTC with milliseconds (`2026-01-02T03:04:05.000Z`), as `toUtcIso` writes it. */
export const instantSchema = z.iso.datetime({
  precision: 3,
  error: 'expected ISO 8601 UTC with milliseconds, such as 2026-01-02T03:04:05.000Z',
});

/** A calendar date `YYYY-MM-DD`. */
export const localDateSchema = z.iso.date('expected a date as YYYY-MM-DD');

/** The widest UTC offset accepted, in minutes: ±18 h (ISO 8601's range; real zones span −12 h to +14 h). */
export const MAX_UTC_OFFSET_MINUTES = 1080;

/** Local time minus UTC in minutes (east positive), within ±18 h, or `null` when unknown. */
export const utcOffsetMinutesSchema = z.nullable(
  z
    .number()
    .check(
      z.gte(-MAX_UTC_OFFSET_MINUTES, `expected at least -${MAX_UTC_OFFSET_MINUTES}`),
      z.lte(MAX_UTC_OFFSET_MINUTES, `expected at most ${MAX_UTC_OFFSET_MINUTES}`),
    ),
);

/** An IANA time-zone name such as `Europe/Berlin`, or `null` when unknown. */
export const timeZoneSchema = z.nullable(z.string().check(z.minLength(1)));

/** A finite number, or `null` when unknown. */
export const nullableNumberSchema = z.nullable(z.number());

/** A finite number of zero or more (durations, distances, counts), or `null` when unknown. */
export const nullableAmountSchema = z.nullable(z.number().check(z.gte(0, 'expected zero or more')));

/**
 * The highest heart rate the model accepts, in beats per minute. No human heart beats this fast
 * (adults peak near 220 bpm, infants near 250 bpm), so a higher value is a unit or sensor error.
 */
export const MAX_HEART_RATE_BPM = 300;

/** A heart rate from 0 to {@link MAX_HEART_RATE_BPM} beats per minute. */
export const heartRateSchema = z
  .number()
  .check(
    z.gte(0, 'expected zero or more'),
    z.lte(MAX_HEART_RATE_BPM, `expected at most ${MAX_HEART_RATE_BPM} bpm`),
  );

/** A heart rate from 0 to {@link MAX_HEART_RATE_BPM} beats per minute, or `null` when unknown. */
export const nullableHeartRateSchema = z.nullable(heartRateSchema);

/** A percentage from 0 to 100, or `null` when unknown. */
export const nullablePercentSchema = z.nullable(
  z.number().check(z.gte(0, 'expected at least 0'), z.lte(100, 'expected at most 100')),
);

/** A non-empty string, or `null` when unknown. */
export const nullableTextSchema = z.nullable(z.string().check(z.minLength(1)));

/** The provider's original payload, kept only when a caller asks for it. */
export const rawSchema = z.optional(z.unknown());

/**
 * Builds the id of a normalized record: `<provider>:<externalId>`.
 *
 * @example
 * ```ts
 * recordId('strava', '1234567890987654321'); // 'strava:1234567890987654321'
 * ```
 */
export function recordId(provider: string, externalId: string): string {
  return `${provider}:${externalId}`;
}

/** A zod check that `id` is exactly `<provider>:<externalId>`, reported at path `id`. */
export function idMatchesProvider<
  T extends { id: string; provider: string; externalId: string },
>(): z.core.$ZodCheck<T> {
  return z.refine<T>((record) => record.id === recordId(record.provider, record.externalId), {
    message: 'id must be <provider>:<externalId>',
    path: ['id'],
  });
}

/**
 * A zod check that `endTime` is not before `startTime` (when both are known), reported at path
 * `endTime`: a period cannot end before it begins.
 */
export function endNotBeforeStart<
  T extends { startTime: string | null; endTime: string | null },
>(): z.core.$ZodCheck<T> {
  return z.refine<T>(
    (record) =>
      record.startTime === null ||
      record.endTime === null ||
      !(Date.parse(record.endTime) < Date.parse(record.startTime)),
    { message: 'expected an end at or after the start', path: ['endTime'] },
  );
}
