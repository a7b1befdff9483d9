import * as z from 'zod/mini';
import { withFastTest } from './fast-parse.js';
import { isUtcIsoInstant } from './time.js';

// The fast tests registered below (see fast-parse.ts) accept exactly what each schema accepts,
// or less: change a schema here and its test beside it together. They are written flat (no
// combinators): the record builders call about thirty of them per record. A number between
// finite bounds is finite, NaN and ±Infinity fail the comparisons.
const isString = (value: unknown): value is string => typeof value === 'string';
const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 1;

const PROVIDER_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** A record id, `<provider>:<externalId>` (see {@link recordId}). */
export const recordIdSchema = withFastTest(z.string(), isString);

/**
 * A provider id such as `strava` or `apple-health`: lower case letters, digits, `-` and `_`,
 * never a `:` (which separates it from the external id in a record id).
 */
export const providerIdSchema = withFastTest(
  z
    .string()
    .check(z.regex(PROVIDER_ID_PATTERN, 'expected a lower-case provider id such as strava')),
  (value) => typeof value === 'string' && PROVIDER_ID_PATTERN.test(value),
);

/** The provider's own id for a record, kept as a string (64-bit ids do not fit a JS number). */
export const externalIdSchema = withFastTest(
  z.string().check(z.minLength(1, 'expected a non-empty id')),
  isNonEmptyString,
);

/** An instant as ISO 8601 UTC with milliseconds (`2026-01-02T03:04:05.000Z`), as `toUtcIso` writes it. */
export const instantSchema = withFastTest(
  z.iso.datetime({
    precision: 3,
    error: 'expected ISO 8601 UTC with milliseconds, such as 2026-01-02T03:04:05.000Z',
  }),
  isUtcIsoInstant,
);

/** An instant as {@link instantSchema} writes it, or `null` when unknown. */
export const nullableInstantSchema = withFastTest(
  z.nullable(instantSchema),
  (value) => value === null || isUtcIsoInstant(value),
);

/** A calendar date `YYYY-MM-DD`. */
export const localDateSchema = withFastTest(
  z.iso.date('expected a date as YYYY-MM-DD'),
  // A real calendar date in years 0000–9999, as the schema's pattern checks it.
  (value) =>
    typeof value === 'string' && value.length === 10 && isUtcIsoInstant(`${value}T00:00:00.000Z`),
);

/** The widest UTC offset accepted, in minutes: ±18 h (ISO 8601's range; real zones span −12 h to +14 h). */
export const MAX_UTC_OFFSET_MINUTES = 1080;

/** Local time minus UTC in minutes (east positive), within ±18 h, or `null` when unknown. */
export const utcOffsetMinutesSchema = withFastTest(
  z.nullable(
    z
      .number()
      .check(
        z.gte(-MAX_UTC_OFFSET_MINUTES, `expected at least -${MAX_UTC_OFFSET_MINUTES}`),
        z.lte(MAX_UTC_OFFSET_MINUTES, `expected at most ${MAX_UTC_OFFSET_MINUTES}`),
      ),
  ),
  (value) =>
    value === null ||
    (typeof value === 'number' &&
      value >= -MAX_UTC_OFFSET_MINUTES &&
      value <= MAX_UTC_OFFSET_MINUTES),
);

/** An IANA time-zone name such as `Europe/Berlin`, or `null` when unknown. */
export const timeZoneSchema = withFastTest(
  z.nullable(z.string().check(z.minLength(1))),
  (value) => value === null || (typeof value === 'string' && value.length >= 1),
);

/** A finite number, or `null` when unknown. */
export const nullableNumberSchema = withFastTest(
  z.nullable(z.number()),
  (value) => value === null || Number.isFinite(value),
);

/** A finite number of zero or more (durations, distances, counts), or `null` when unknown. */
export const nullableAmountSchema = withFastTest(
  z.nullable(z.number().check(z.gte(0, 'expected zero or more'))),
  (value) =>
    value === null || (typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY),
);

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
export const nullableHeartRateSchema = withFastTest(
  z.nullable(heartRateSchema),
  (value) =>
    value === null || (typeof value === 'number' && value >= 0 && value <= MAX_HEART_RATE_BPM),
);

/** A percentage from 0 to 100, or `null` when unknown. */
export const nullablePercentSchema = withFastTest(
  z.nullable(z.number().check(z.gte(0, 'expected at least 0'), z.lte(100, 'expected at most 100'))),
  (value) => value === null || (typeof value === 'number' && value >= 0 && value <= 100),
);

/** A non-empty string, or `null` when unknown. */
export const nullableTextSchema = withFastTest(
  z.nullable(z.string().check(z.minLength(1))),
  (value) => value === null || (typeof value === 'string' && value.length >= 1),
);

/** Any string (the empty one included), or `null` when unknown. */
export const nullableStringSchema = withFastTest(
  z.nullable(z.string()),
  (value) => value === null || typeof value === 'string',
);

/** A flag, or `null` when unknown. */
export const nullableBooleanSchema = withFastTest(
  z.nullable(z.boolean()),
  (value) => value === null || typeof value === 'boolean',
);

/** The provider's original payload, kept only when a caller asks for it. */
export const rawSchema = withFastTest(z.optional(z.unknown()), () => true);

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

// The checks idMatchesProvider made, known by identity (see isIdCheck).
const idChecks = new WeakSet<object>();

/** A zod check that `id` is exactly `<provider>:<externalId>`, reported at path `id`. */
export function idMatchesProvider<
  T extends { id: string; provider: string; externalId: string },
>(): z.core.$ZodCheck<T> {
  const check = z.refine<T>(
    (record) => record.id === recordId(record.provider, record.externalId),
    {
      message: 'id must be <provider>:<externalId>',
      path: ['id'],
    },
  );
  idChecks.add(check);
  return check;
}

/**
 * Whether a schema check is one {@link idMatchesProvider} made. The record builders build `id`
 * from the record's own `provider` and `externalId`, so their records pass it by construction.
 *
 * @param check - One of a schema's checks.
 */
export function isIdCheck(check: object): boolean {
  return idChecks.has(check);
}

/**
 * Whether a period does not end before it begins: `endTime` at or after `startTime`, or either
 * unknown.
 *
 * @param record - The record's `startTime` and `endTime`.
 */
export function endsAtOrAfterStart(record: {
  startTime: string | null;
  endTime: string | null;
}): boolean {
  return (
    record.startTime === null ||
    record.endTime === null ||
    !(Date.parse(record.endTime) < Date.parse(record.startTime))
  );
}

/**
 * A zod check that `endTime` is not before `startTime` (when both are known), reported at path
 * `endTime`: a period cannot end before it begins.
 */
export function endNotBeforeStart<
  T extends { startTime: string | null; endTime: string | null },
>(): z.core.$ZodCheck<T> {
  return z.refine<T>(endsAtOrAfterStart, {
    message: 'expected an end at or after the start',
    path: ['endTime'],
  });
}
