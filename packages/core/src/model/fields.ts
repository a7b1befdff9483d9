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

/** Local time minus UTC in minutes (east positive), or `null` when unknown. Devices allow ±24 h. */
export const utcOffsetMinutesSchema = z.nullable(
  z.number().check(z.gte(-1440, 'expected at least -1440'), z.lte(1440, 'expected at most 1440')),
);

/** An IANA time-zone name such as `Europe/Berlin`, or `null` when unknown. */
export const timeZoneSchema = z.nullable(z.string().check(z.minLength(1)));

/** A finite number, or `null` when unknown. */
export const nullableNumberSchema = z.nullable(z.number());

/** A finite number of zero or more (durations, distances, counts), or `null` when unknown. */
export const nullableAmountSchema = z.nullable(z.number().check(z.gte(0, 'expected zero or more')));

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
