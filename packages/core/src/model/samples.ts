import * as z from 'zod/mini';
import { ValidationError } from '../errors/index.js';
import { heartRateSchema, instantSchema, providerIdSchema } from './fields.js';
import { type InstantInput, toUtcIso } from './time.js';

/** Absolute zero in degrees Celsius: no temperature sample is lower. */
const ABSOLUTE_ZERO_CELSIUS = -273.15;

/** Names of the optional series, each parallel to `offsetsSeconds`. */
export const sampleSeriesKeys = [
  'heartRateBpm',
  'powerWatts',
  'cadence',
  'speedMetresPerSecond',
  'altitudeMetres',
  'distanceMetres',
  'latlng',
  'temperatureCelsius',
] as const;

/** The name of one optional series. */
export type SampleSeriesKey = (typeof sampleSeriesKeys)[number];

const valuesSchema = z.array(z.nullable(z.number()));
// Quantities that cannot be negative (power, cadence, speed, cumulative distance).
const amountsSchema = z.array(z.nullable(z.number().check(z.gte(0, 'expected zero or more'))));
const heartRatesSchema = z.array(z.nullable(heartRateSchema));
const temperaturesSchema = z.array(
  z.nullable(
    z.number().check(z.gte(ABSOLUTE_ZERO_CELSIUS, `expected at least ${ABSOLUTE_ZERO_CELSIUS}`)),
  ),
);

/** A `[latitude, longitude]` pair in decimal degrees (WGS 84). */
export const latLngSchema = z.tuple([
  z.number().check(z.gte(-90), z.lte(90)),
  z.number().check(z.gte(-180), z.lte(180)),
]);

/**
 * Parallel arrays for one activity: `offsetsSeconds[i]` is when the `i`-th values were
 * recorded, in seconds from the start. A series the provider lacks is left out; a gap inside a
 * series is `null`. Every present series has the length of `offsetsSeconds`.
 */
export const sampleSeriesSchema = z
  .object({
    /** Seconds from the activity start, never decreasing. */
    offsetsSeconds: z.array(z.number().check(z.gte(0, 'expected zero or more'))),
    /** Heart rate in beats per minute, 0 to 300. */
    heartRateBpm: z.optional(heartRatesSchema),
    /** Power in watts, zero or more. */
    powerWatts: z.optional(amountsSchema),
    /** Cadence per minute, zero or more (see `Activity.cadenceAvg` for the convention). */
    cadence: z.optional(amountsSchema),
    /** Speed in metres per second, zero or more. */
    speedMetresPerSecond: z.optional(amountsSchema),
    /** Altitude in metres (below sea level is negative). */
    altitudeMetres: z.optional(valuesSchema),
    /** Cumulative distance in metres, zero or more. */
    distanceMetres: z.optional(amountsSchema),
    /** Position as `[latitude, longitude]`. */
    latlng: z.optional(z.array(z.nullable(latLngSchema))),
    /** Temperature in degrees Celsius, not below absolute zero. */
    temperatureCelsius: z.optional(temperaturesSchema),
  })
  .check(
    z.superRefine((series, context) => {
      // Time runs forwards: an offset below the one before it is impossible in a recording.
      const offsets = series.offsetsSeconds;
      const back = offsets.findIndex((offset, i) => i > 0 && offset < (offsets[i - 1] ?? offset));
      if (back > 0) {
        context.issues.push({
          code: 'custom',
          message: `offsetsSeconds must not decrease (index ${back} is before index ${back - 1})`,
          path: ['offsetsSeconds', back],
          input: offsets[back],
        });
      }
      const expected = series.offsetsSeconds.length;
      for (const key of sampleSeriesKeys) {
        const values = series[key];
        if (values === undefined || values.length === expected) continue;
        context.issues.push({
          code: 'custom',
          message: `${key} has ${values.length} values but offsetsSeconds has ${expected}`,
          path: [key],
          input: values.length,
        });
      }
    }),
  );

/** Parallel arrays for one activity. */
export type SampleSeries = z.infer<typeof sampleSeriesSchema>;

/** Time series recorded during one activity. */
export const samplesSchema = z
  .object({
    /** The `id` of the activity (`<provider>:<externalId>`). */
    activityId: z.string(),
    /** Provider id, such as `strava`. */
    provider: providerIdSchema,
    /** The activity start the offsets count from, ISO 8601 UTC. */
    startTime: instantSchema,
    /** The series. */
    series: sampleSeriesSchema,
  })
  .check(
    z.refine((samples) => samples.activityId.startsWith(`${samples.provider}:`), {
      message: 'activityId must be <provider>:<externalId>',
      path: ['activityId'],
    }),
  );

/** Time series recorded during one activity. */
export type Samples = z.infer<typeof samplesSchema>;

/** Input of {@link createSamples}: series may be readonly arrays; missing series are left out. */
export interface SamplesInput {
  /** The `id` of the activity. */
  activityId: string;
  /** Provider id. */
  provider: string;
  /** The activity start: a `Date`, epoch ms or ISO string with an offset. */
  startTime: InstantInput;
  /** Offsets and the series the provider has. */
  series: {
    /** Seconds from the start of each sample. */
    readonly offsetsSeconds: readonly number[];
  } & {
    readonly [K in SampleSeriesKey]?: Readonly<NonNullable<SampleSeries[K]>> | undefined;
  };
}

/**
 * Builds validated samples: normalizes `startTime` to UTC, leaves out missing series and checks
 * that every series has one value per offset.
 *
 * @throws ValidationError (endpoint `samples`) with a path such as `['series', 'powerWatts']`
 * when a series has the wrong length, or for any other invalid field.
 *
 * @example
 * ```ts
 * const samples = createSamples({
 *   activityId: 'strava:42',
 *   provider: 'strava',
 *   startTime: '2026-05-01T06:30:00Z',
 *   series: { offsetsSeconds: [0, 1, 2], heartRateBpm: [98, null, 101] },
 * });
 * ```
 */
export function createSamples(input: SamplesInput): Samples {
  const series: Record<string, unknown> = { offsetsSeconds: input.series.offsetsSeconds };
  for (const key of sampleSeriesKeys) {
    const values = input.series[key];
    if (values !== undefined) series[key] = values;
  }
  const startTime = toUtcIso(input.startTime) ?? input.startTime;
  const result = samplesSchema.safeParse({ ...input, startTime, series });
  if (result.success) return result.data;
  throw new ValidationError('Invalid samples', {
    endpoint: 'samples',
    issues: result.error.issues,
    ...(typeof input.provider === 'string' ? { provider: input.provider } : {}),
  });
}
