import * as z from 'zod/mini';
import { buildRecord, type RecordInput } from './build-record.js';
import {
  externalIdSchema,
  idMatchesProvider,
  instantSchema,
  nullableAmountSchema,
  nullableHeartRateSchema,
  nullableTextSchema,
  providerIdSchema,
  rawSchema,
  timeZoneSchema,
  utcOffsetMinutesSchema,
} from './fields.js';
import { metricsSchema } from './metrics.js';
import { sportSchema } from './sport.js';

/**
 * One workout from any provider, in SI units. Unknown values are `null`, never `0`.
 */
export const activitySchema = z
  .object({
    /** `<provider>:<externalId>`, unique across providers. */
    id: z.string(),
    /** Provider id, such as `strava`. */
    provider: providerIdSchema,
    /** The provider's own id, as a string. */
    externalId: externalIdSchema,
    /** Canonical sport; `other` when the provider's type is unknown. */
    sport: sportSchema,
    /** The provider's own type, unmapped (Strava `sport_type`, Garmin `activityType` …). */
    providerSport: nullableTextSchema,
    /** Title given by the user or the provider. */
    name: z.nullable(z.string()),
    /** Start as ISO 8601 UTC with milliseconds. */
    startTime: instantSchema,
    /** Offset of local time at the start, in minutes. */
    utcOffsetMinutes: utcOffsetMinutesSchema,
    /** IANA zone of the start, when the provider gives one. */
    timeZone: timeZoneSchema,
    /** Wall-clock duration from start to end, pauses included, in seconds. */
    elapsedSeconds: nullableAmountSchema,
    /** Time in motion, in seconds. */
    movingSeconds: nullableAmountSchema,
    /** Distance in metres. */
    distanceMetres: nullableAmountSchema,
    /** Total ascent in metres. */
    elevationGainMetres: nullableAmountSchema,
    /** Energy expended in kilocalories (see `kilojoulesToKilocalories` for kJ sources). */
    energyKcal: nullableAmountSchema,
    /** Average heart rate in beats per minute. */
    heartRateAvgBpm: nullableHeartRateSchema,
    /** Highest heart rate in beats per minute. */
    heartRateMaxBpm: nullableHeartRateSchema,
    /** Average power in watts. */
    powerAvgWatts: nullableAmountSchema,
    /** Highest power in watts. */
    powerMaxWatts: nullableAmountSchema,
    /** Normalized (weighted average) power in watts. */
    powerNormalizedWatts: nullableAmountSchema,
    /** Average speed in metres per second. */
    speedAvgMetresPerSecond: nullableAmountSchema,
    /** Highest speed in metres per second. */
    speedMaxMetresPerSecond: nullableAmountSchema,
    /**
     * Average cadence per minute: revolutions for cycling, strokes for rowing and swimming,
     * steps with both feet for running (double a provider's per-foot value, as Strava's).
     */
    cadenceAvg: nullableAmountSchema,
    /** Step count. */
    steps: nullableAmountSchema,
    /** Provider scores with no common field (strain, TSS, zone times …). */
    metrics: metricsSchema,
    /** Name of the recording device. */
    device: nullableTextSchema,
    /** Whether the activity was entered by hand rather than recorded. */
    manual: z.nullable(z.boolean()),
    /** The provider payload, when kept. */
    raw: rawSchema,
  })
  .check(idMatchesProvider());

/** One workout from any provider, in SI units. */
export type Activity = z.infer<typeof activitySchema>;

/**
 * Input of {@link createActivity}: provider, external id and start are required; every other
 * field may be left out. `startTime` takes a `Date`, epoch ms or ISO string with an offset.
 */
export type ActivityInput = RecordInput<
  Activity,
  'provider' | 'externalId' | 'startTime',
  'startTime'
>;

/**
 * Builds a normalized activity: fills `null` for missing fields, `other` for a missing sport
 * and `{}` for missing metrics, builds `id`, normalizes `startTime` to UTC, and validates.
 *
 * @throws ValidationError with the path of each invalid field.
 *
 * @example
 * ```ts
 * const activity = createActivity({
 *   provider: 'strava',
 *   externalId: '42',
 *   sport: mapSport(stravaSports, 'MountainBikeRide'),
 *   startTime: '2026-05-01T06:30:00Z',
 *   distanceMetres: milesToMetres(10),
 * });
 * activity.id; // 'strava:42'
 * ```
 */
export function createActivity(input: ActivityInput): Activity {
  return buildRecord(activitySchema, input, {
    label: 'activity',
    instantKeys: ['startTime'],
    defaults: { sport: 'other', metrics: {} },
  });
}
